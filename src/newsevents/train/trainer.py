"""Train the event classifier from the project's corpus and write the model file the coder ships.

    python -m newsevents.train [--corpus training/corpus] [--out PATH] [--holdout 0.1]

Every corpus sentence is parsed by the same spaCy pipeline and cut into the same candidates as at
coding time; a candidate whose token carries a labelled trigger learns that event's root and mode,
every other candidate learns "none". A tenth of the sentences (chosen by a hash of their id, so the
split never changes) is held out: the temperature of each softmax is fitted on it, and the figures
printed at the end are measured on it. ``../shared/gold`` is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..actors import load_actor_kb
from ..config import NlpSettings
from ..events import clauses
from ..events.features import (CONTEXT_PREFIX, ActorKinds, FeatureExtractor, context_word_features, sentence_words,
                               subject_kind)
from ..events.lexicon import Lexicon, load_lexicon
from ..events.wordlists import word_list
from ..events.model import MODEL_FILE, NO_EVENT
from ..ingest.clean import DATELINE, parsed_regions
from ..nlp import doc_to_sentences, load_pipeline
from ..nlp.headlines import VERSION as HEADLINES_VERSION, HeadlineCaser
from ..nlp.load import title_abbreviations
from ..nlp.slugs import parser_text
from ..nlp.repairs import REPAIRS
from ..ontology import load_ontology
from ..records import Sentence
from .corpus import TrainEvent, TrainSentence, corpus_files, read_corpus

DEFAULT_CORPUS = Path("training/corpus")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "events" / "data" / MODEL_FILE
MIN_FEATURE_COUNT = 2
MIN_CODE_COUNT = 3  # a code within a root is learned when the training part has it this often
NEGLIGIBLE_WEIGHT = 0.01  # root and mode weights below this are saved as zero
MIN_SENTENCE_WORD_COUNT = 5  # a word the sentence head reads: in this many training sentences
# sentences without events for reasons the coder reads elsewhere (page furniture, its own step; acts
# negated or only supposed, the modes): the sentence head does not learn from them, lest it learn
# "Related:", "refused" or "considering" as words of sentences that report nothing
KINDS_READ_ELSEWHERE = {"no-event:furniture", "no-event:hypothetical", "no-event:negated"}
CODE_WEIGHT_FLOOR = 0.05  # code-head weights smaller than this are dropped from the file
SENTENCE_WEIGHT_FLOOR = 0.02  # and sentence-head weights smaller than this
# a context word (the sentence's content words, a feature of each candidate) is learned when it is
# in MIN_SENTENCE_WORD_COUNT training sentences, and at this scale: a feature of value 0.5 costs its
# weight four times the penalty, for words that tell a writer's topic as readily as the act
# (held-out candidates' root F1 h,i / r,s at scale 1, 0.5, 0.3: 0.716 / 0.707, 0.719 / 0.718,
# 0.715 / 0.714, with a vocabulary counted on the raw text; docs/coding.md, "Context words")
CONTEXT_WORD_SCALE = 0.5


@dataclass(frozen=True, slots=True)
class Example:
    """One candidate of one corpus sentence with its labels."""

    sentence_id: str
    features: tuple[str, ...]
    root: str  # "none" or a CAMEO root
    mode: str
    lemma: str
    code: str


def parse_corpus(nlp: Any, sentences: Sequence[TrainSentence], batch_size: int = 64,
                 recase: Callable[[str], str] | None = None) -> list[tuple[Sentence, ...]]:
    """Parse each corpus text as the coder parses an article: dateline kept out of the parse, wire
    slugs blanked (nlp/slugs.py), and title-case lines recased as the pipeline recases them
    (``recase``, see nlp/headlines.py)."""
    regions = [parsed_regions(s.text) for s in sentences]
    texts = [s.text[start:end] for s, spans in zip(sentences, regions) for start, end in spans]
    docs = nlp.pipe((parser_text(text, recase) for text in texts), batch_size=batch_size)
    parsed = []
    for s, spans in zip(sentences, regions):
        found: list[Sentence] = []
        for start, end in spans:
            found.extend(doc_to_sentences(next(docs), s.sentence_id, offset=start, original=s.text[start:end],
                                          first_index=len(found)))
        parsed.append(tuple(found))
    return parsed


def cached_parse(cache: Path | None, model: str, sentences: Sequence[TrainSentence]) -> list[tuple[Sentence, ...]]:
    """Parse the corpus, or read the parse from ``cache`` when it was made from the same texts."""
    import pickle

    repairs = [rule.__name__ for rule in REPAIRS]  # a new parse repair makes the cached parse stale
    key = hashlib.sha256("\x00".join([model, HEADLINES_VERSION, "wire slugs blanked", DATELINE.pattern, *repairs,
                                      *title_abbreviations()]
                                     + [s.sentence_id + s.text for s in sentences])
                         .encode()).hexdigest()
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            stored_key, parsed = pickle.load(handle)
        if stored_key == key:
            return parsed
    nlp = load_pipeline(NlpSettings(model=model))
    actors = load_actor_kb(())
    parsed = parse_corpus(nlp, sentences, recase=HeadlineCaser.build(nlp, actors.name_words(), actors.surname_words()))
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump((key, parsed), handle)
    return parsed


def build_examples(extractor: FeatureExtractor, labelled: TrainSentence,
                   parsed: tuple[Sentence, ...]) -> tuple[list[Example], int]:
    """The candidates of one corpus sentence with their labels; also how many labelled triggers
    fell on no candidate (a verb the parser tagged as an adjective, say)."""
    triggers = {e.trigger.start: e for e in labelled.events}
    examples, aligned = [], set()
    for sentence in parsed:
        labels = _labels(sentence, triggers, extractor.lexicon)
        for candidate in extractor.extract(sentence):
            token = sentence.tokens[candidate.index]
            event = labels.get(candidate.index)
            if event is not None:
                aligned.add(event.trigger.start)
            examples.append(Example(
                sentence_id=labelled.sentence_id, features=candidate.features,
                root=event.code[:2] if event else NO_EVENT, mode=event.mode if event else "actual",
                lemma=token.lemma, code=event.code if event else ""))
    return examples, len(triggers) - len(aligned)


def _labels(sentence: Sentence, triggers: dict[int, TrainEvent], lexicon: Lexicon) -> dict[int, TrainEvent]:
    """Token index -> labelled event. A label on a light verb moves to the event noun it carries
    ("imposed sanctions", "held talks"): writers put it on either, the coder reads the noun."""
    found = {}
    for token in sentence.tokens:
        event = next((e for start, e in triggers.items() if token.idx <= start < token.idx + len(token.text)), None)
        if event is not None:
            found[event_noun(sentence, token.i, lexicon)] = event
    return found


def event_noun(sentence: Sentence, i: int, lexicon: Lexicon) -> int:
    """The event noun that a light verb at ``i`` carries, or ``i`` itself."""
    token = sentence.tokens[i]
    if token.pos != "VERB" or token.lemma not in word_list("light_verbs"):
        return i
    for obj in sentence.children(i, {"dobj", "obj"}):
        for noun in [obj.i] + clauses.preposition_objects(sentence, obj.i, "of"):
            if sentence.tokens[noun].pos == "NOUN" and lexicon.entries("NOUN", sentence.tokens[noun].lemma):
                return noun
    return i


def is_held_out(sentence_id: str, share: float) -> bool:
    digest = hashlib.sha1(sentence_id.encode("utf-8")).digest()
    return digest[0] / 256 < share


def in_training_share(sentence_id: str, share: float) -> bool:
    """Whether a training sentence is in the first ``share`` of the corpus, by a hash of its id
    salted apart from ``is_held_out`` so that the two choices are independent (learning curves)."""
    if share >= 1.0:
        return True
    digest = hashlib.sha1(("training share " + sentence_id).encode("utf-8")).digest()
    return int.from_bytes(digest[:2], "big") / 65536 < share


class Vocabulary:
    """Feature strings seen at least ``MIN_FEATURE_COUNT`` times in the training part, indexed; a
    context word only if it is one of ``context_words`` (those of enough training sentences)."""

    def __init__(self, examples: Iterable[Example], min_count: int = MIN_FEATURE_COUNT,
                 context_words: frozenset[str] = frozenset()):
        counts = Counter(f for e in examples for f in set(e.features))
        self.names = sorted(f for f, n in counts.items() if n >= min_count
                            and (not f.startswith(CONTEXT_PREFIX) or f in context_words))
        self.index = {name: i for i, name in enumerate(self.names)}

    def context_columns(self):
        import numpy as np

        return np.array([name.startswith(CONTEXT_PREFIX) for name in self.names], dtype=bool)

    def matrix(self, examples: Sequence[Example]):
        from scipy.sparse import csr_matrix

        rows, cols = [], []
        for row, example in enumerate(examples):
            for col in {self.index[f] for f in example.features if f in self.index}:
                rows.append(row)
                cols.append(col)
        return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(examples), len(self.names)))


@dataclass(frozen=True)
class ConstantHead:
    """The fit of a label that never varies (a tiny corpus with one mode): always that label."""

    classes_: Any
    coef_: Any
    intercept_: Any

    def decision_function(self, matrix):
        import numpy as np

        return np.zeros(matrix.shape[0])


def frequent_context_words(sentences: Iterable[Sequence[Sentence]]) -> frozenset[str]:
    """The context-word features of at least ``MIN_SENTENCE_WORD_COUNT`` of these sentences."""
    counts = Counter(f for parsed in sentences for f in set().union(*map(context_word_features, parsed)))
    return frozenset(f for f, n in counts.items() if n >= MIN_SENTENCE_WORD_COUNT)


def scaled_columns(matrix, columns, scale: float):
    """The matrix with the given columns multiplied by ``scale`` (a stronger penalty on their weights)."""
    import numpy as np
    from scipy.sparse import diags

    return (matrix @ diags(np.where(columns, scale, 1.0))).tocsr()


def fit_root_and_mode(matrix, held_matrix, context, train: Sequence[Example], held: Sequence[Example],
                      c: float) -> tuple[Any, Any, float, float]:
    """The root and mode heads and their temperatures. The context columns are learned at
    ``CONTEXT_WORD_SCALE`` and their weights scaled back afterwards, so that the file's model reads
    a present feature as 1 like any other."""
    scaled, held_scaled = (scaled_columns(m, context, CONTEXT_WORD_SCALE) for m in (matrix, held_matrix))
    root_model = fit(scaled, [e.root for e in train], c)
    events = [i for i, e in enumerate(train) if e.root != NO_EVENT]
    held_events = [i for i, e in enumerate(held) if e.root != NO_EVENT]
    mode_model = fit(scaled[events], [train[i].mode for i in events], c)
    root_temperature = fit_temperature(root_model, held_scaled, [e.root for e in held])
    mode_temperature = fit_temperature(mode_model, held_scaled[held_events], [held[i].mode for i in held_events])
    for model in (root_model, mode_model):
        model.coef_[:, context] *= CONTEXT_WORD_SCALE
    return root_model, mode_model, root_temperature, mode_temperature


def fit(matrix, labels: list[str], c: float):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        return ConstantHead(classes_=np.array(sorted(set(labels))), coef_=np.zeros((1, matrix.shape[1])),
                            intercept_=np.zeros(1))
    model = LogisticRegression(C=c, max_iter=400, tol=1e-4)
    model.fit(matrix, labels)
    return model


def fit_temperature(model, matrix, labels: list[str]) -> float:
    """The temperature that minimises the held-out negative log-likelihood."""
    import numpy as np

    if matrix.shape[0] == 0 or len(model.classes_) < 2:
        return 1.0
    logits = model.decision_function(matrix)
    if logits.ndim == 1:
        logits = np.stack([-logits, logits], axis=1) / 2
    truth = np.array([list(model.classes_).index(label) if label in model.classes_ else -1 for label in labels])
    keep = truth >= 0
    best, best_loss = 1.0, float("inf")
    for temperature in np.arange(0.5, 3.01, 0.05):
        scaled = logits[keep] / temperature
        scaled -= scaled.max(axis=1, keepdims=True)
        log_probs = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
        loss = -log_probs[np.arange(keep.sum()), truth[keep]].mean()
        if loss < best_loss:
            best, best_loss = float(temperature), loss
    return round(best, 2)


def code_table(examples: Iterable[Example]) -> dict[str, str]:
    """``"lemma|root" -> code``: the code the corpus most often gives a trigger lemma in a root; and
    ``"lemma|root|kind"`` where the kind of party its subject names makes another code commoner
    ("attack" in 17 is a cyber attack, 176, but police attacking repress, 175)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for example in examples:
        if example.root != NO_EVENT:
            key = f"{example.lemma}|{example.root}"
            counts[key][example.code] += 1
            if (kind := subject_kind(example.features)) is not None:
                counts[f"{key}|{kind}"][example.code] += 1
    table = {key: counter.most_common(1)[0][0] for key, counter in sorted(counts.items()) if key.count("|") == 1}
    for key, counter in sorted(counts.items()):
        code, count = counter.most_common(1)[0]
        if key.count("|") == 2 and count >= MIN_FEATURE_COUNT and code != table[key.rsplit("|", 1)[0]]:
            table[key] = code
    return table


def _columns(model) -> tuple[Any, Any]:
    """A fit's weights (features x classes) and biases; a two-class fit keeps one column, which
    becomes a softmax over two."""
    import numpy as np

    weights, bias = model.coef_.T, model.intercept_
    if weights.shape[1] == 1 and len(model.classes_) == 2:
        weights = np.hstack([-weights / 2, weights / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2])
    return weights, bias


def fit_code_head(matrix, train: Sequence[Example], c: float) -> dict[str, Any]:
    """For each root the corpus codes in more than one way, a softmax over its codes (each seen
    ``MIN_CODE_COUNT`` times) on the events of that root: which of 112's accusations (1121
    corruption, 1124 war crimes), which of 19's fights (195 air strikes). Stored sparse, by
    feature: weights under ``CODE_WEIGHT_FLOOR`` are dropped, which keeps the file small."""
    import numpy as np

    by_root: dict[str, list[int]] = defaultdict(list)
    for i, example in enumerate(train):
        if example.root != NO_EVENT and example.code:
            by_root[example.root].append(i)
    classes: list[str] = []
    biases, rows, cols, values = [], [], [], []
    for root, indices in sorted(by_root.items()):
        counts = Counter(train[i].code for i in indices)
        kept = [i for i in indices if counts[train[i].code] >= MIN_CODE_COUNT]
        if len({train[i].code for i in kept}) < 2:
            continue
        part = matrix[kept]
        present = np.unique(part.indices)  # the features this root's events have: a far smaller fit
        model = fit(part[:, present], [train[i].code for i in kept], c)
        weights, bias = _columns(model)
        feature, column = np.nonzero(np.abs(weights) >= CODE_WEIGHT_FLOOR)
        rows.append(present[feature])
        cols.append(column + len(classes))
        values.append(weights[feature, column])
        biases.append(bias)
        classes += list(model.classes_)
    if not classes:
        return {}
    row, col, value = (np.concatenate(a) for a in (rows, cols, values))
    order = np.lexsort((col, row))
    indptr = np.searchsorted(row[order], np.arange(matrix.shape[1] + 1)).astype(np.int32)
    return {"code_indptr": indptr, "code_indices": col[order].astype(np.int16),
            "code_data": value[order].astype(np.float16), "code_bias": np.concatenate(biases).astype(np.float32),
            "code_classes": np.array(classes)}


def fit_sentence_head(sentences: Sequence[tuple[list[str], bool]], c: float) -> dict[str, Any]:
    """Whether a sentence reports any act, from its content words (``sentence_words``): a logistic
    regression over the training part's sentences, each word seen in ``MIN_SENTENCE_WORD_COUNT`` of
    them, on whether the corpus labels the sentence as reporting no act (a description, non-political
    news, background, an opinion, a bare attribution) or some act, whatever its mode. Weights under
    ``SENTENCE_WEIGHT_FLOOR`` are dropped."""
    import numpy as np
    from scipy.sparse import csr_matrix

    counts = Counter(w for words, _ in sentences for w in set(words))
    names = sorted(w for w, n in counts.items() if n >= MIN_SENTENCE_WORD_COUNT)
    index = {w: i for i, w in enumerate(names)}
    rows, cols = [], []
    for row, (words, _) in enumerate(sentences):
        for col in {index[w] for w in words if w in index}:
            rows.append(row)
            cols.append(col)
    matrix = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(sentences), len(names)))
    labels = ["none" if no_event else "event" for _, no_event in sentences]
    if len(set(labels)) < 2:
        return {}
    model = fit(matrix, labels, c)
    # a binary fit's coefficients are those of its second class, and the classes sort: "none"
    weights, bias = model.coef_[0], model.intercept_[0]
    kept = np.nonzero(np.abs(weights) >= SENTENCE_WEIGHT_FLOOR)[0]
    return {"sentence_words": np.array([names[i] for i in kept]), "sentence_weights": weights[kept].astype(np.float16),
            "sentence_bias": np.array(bias, dtype=np.float32)}


def save(path: Path, vocabulary: Vocabulary, root_model, mode_model, meta: dict[str, Any],
         code_head: dict[str, Any] | None = None, sentence_head: dict[str, Any] | None = None) -> None:
    import numpy as np

    def head(model) -> dict[str, Any]:
        weights, bias = _columns(model)
        # three weights in four are this small: as zeros the file compresses to less than half, and
        # the held-out figures do not move (docs/coding.md, "Patterns and a trained classifier")
        weights = np.where(np.abs(weights) < NEGLIGIBLE_WEIGHT, 0.0, weights)
        return {"weights": weights.astype(np.float16), "bias": bias.astype(np.float32),
                "classes": np.array(list(model.classes_))}

    arrays = {f"root_{k}": v for k, v in head(root_model).items()}
    arrays |= {f"mode_{k}": v for k, v in head(mode_model).items()}
    arrays |= code_head or {}
    arrays |= sentence_head or {}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, vocabulary=np.array(vocabulary.names), meta=np.array(json.dumps(meta)), **arrays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--holdout", type=float, default=0.1)
    parser.add_argument("--holdout-files", default="",
                        help="hold out whole files instead, by id prefix (e.g. 'f,g'): a harder, cross-writer test")
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--model", default=NlpSettings().model, help="spaCy pipeline")
    parser.add_argument("--statements", action=argparse.BooleanOptionalAction, default=True,
                        help="learn the verbs of bare statements ('said', 'told') as candidates too: the "
                             "coder then lets the classifier judge a bare statement (coder.statement_veto)")
    parser.add_argument("--actor-kinds", action=argparse.BooleanOptionalAction, default=True,
                        help="give the classifier the kinds of party its arguments name (actors/data)")
    parser.add_argument("--code-head", action=argparse.BooleanOptionalAction, default=True,
                        help="learn the code within each root too (1121 or 112), for coder.model_subcode")
    parser.add_argument("--context-words", action=argparse.BooleanOptionalAction, default=True,
                        help="give every candidate its sentence's content words as features (what the story is about)")
    parser.add_argument("--sentence-head", action=argparse.BooleanOptionalAction, default=True,
                        help="learn whether a sentence reports any act at all from its words, for coder.sentence_veto")
    parser.add_argument("--train-share", type=float, default=1.0,
                        help="train on this share of the sentences not held out, chosen by a hash of their id "
                             "(learning curves: bench/learning_curve.py)")
    parser.add_argument("--parse-cache", type=Path, default=None,
                        help="keep the parsed corpus in this file and reuse it while the corpus is unchanged")
    args = parser.parse_args(argv)
    if not 0.0 < args.train_share <= 1.0:
        parser.error(f"--train-share must be above 0 and at most 1, not {args.train_share}")
    from .evaluate import report

    started = time.perf_counter()
    ontology = load_ontology()
    sentences, errors = read_corpus(corpus_files(args.corpus), set(ontology.codes))
    if errors:
        print("\n".join(errors[:20]))
        print(f"{len(errors)} invalid corpus line(s): fix them first")
        return 1
    extractor = FeatureExtractor(load_lexicon(ontology), statements=args.statements, context_words=args.context_words,
                                 kinds=ActorKinds(load_actor_kb(())) if args.actor_kinds else None)
    parsed = cached_parse(args.parse_cache, args.model, sentences)
    examples: list[Example] = []
    unaligned = 0
    for labelled, sents in zip(sentences, parsed):
        found, missed = build_examples(extractor, labelled, sents)
        examples += found
        unaligned += missed
    prefixes = tuple(p + "-" for p in args.holdout_files.split(",") if p)
    held_out = (lambda i: i.startswith(prefixes)) if prefixes else (lambda i: is_held_out(i, args.holdout))

    def trained_on(sentence_id: str) -> bool:
        return not held_out(sentence_id) and in_training_share(sentence_id, args.train_share)

    sentence_head = fit_sentence_head(
        [([w for s in sents for w in sentence_words(s)], labelled.kind != "event")
         for labelled, sents in zip(sentences, parsed)
         if trained_on(labelled.sentence_id) and labelled.kind not in KINDS_READ_ELSEWHERE],
        args.c) if args.sentence_head else {}
    train = [e for e in examples if trained_on(e.sentence_id)]
    held = [e for e in examples if held_out(e.sentence_id)]
    vocabulary = Vocabulary(train, context_words=frequent_context_words(
        sents for labelled, sents in zip(sentences, parsed) if trained_on(labelled.sentence_id)))
    matrix, held_matrix = vocabulary.matrix(train), vocabulary.matrix(held)
    root_model, mode_model, root_temperature, mode_temperature = fit_root_and_mode(
        matrix, held_matrix, vocabulary.context_columns(), train, held, args.c)
    code_head = fit_code_head(matrix, train, args.c) if args.code_head else {}
    meta = {
        "root_temperature": root_temperature,
        "mode_temperature": mode_temperature,
        "codes": code_table(train), "corpus_sentences": len(sentences), "examples": len(examples),
        "features": len(vocabulary.names), "unaligned_triggers": unaligned, "c": args.c,
        "spacy_model": args.model, "holdout": args.holdout, "train_share": args.train_share,
        "context_words": args.context_words,
        "statement_candidates": args.statements,
        "actor_kinds": args.actor_kinds,
    }
    save(args.out, vocabulary, root_model, mode_model, meta, code_head, sentence_head)
    print(f"{len(sentences)} sentences, {len(examples)} candidates ({len(train)} train, {len(held)} held out), "
          f"{len(vocabulary.names)} features, {unaligned} labelled triggers on no candidate; "
          f"trained in {time.perf_counter() - started:.0f} s; wrote {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    report(args.out, held)
    return 0
