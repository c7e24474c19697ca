"""Training the event classifier: the project's labelled corpus, its features and the trainer.

``python -m newsevents.train.corpus FILE...`` validates corpus files; ``make train`` rebuilds the
model that ships in ``events/data/model``.
"""
