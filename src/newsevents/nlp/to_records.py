"""Convert a spaCy Doc into the project's Sentence records."""

from __future__ import annotations

from typing import Any

from ..records import Entity, Sentence, Token


def doc_to_sentences(doc: Any, article_id: str, offset: int = 0, first_index: int = 0,
                     original: str | None = None) -> tuple[Sentence, ...]:
    """One Sentence per spaCy sentence; token heads and entities are re-indexed per sentence.

    ``offset`` is added to every character offset, for docs made from part of an article, and
    sentences are numbered from ``first_index``. ``original``: the text as written, when the doc was
    parsed from a recased copy of it (same length, see :mod:`.headlines`); texts are taken from it.
    Linear in the document's length: the entities are read once and dealt out to their sentences
    (``sent.ents`` re-reads every entity of the doc).
    """
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    per_sentence: list[list[Any]] = [[] for _ in sents]
    position = 0
    for ent in doc.ents:
        while position + 1 < len(sents) and starts[position + 1] <= ent.start:
            position += 1
        per_sentence[position].append(ent)
    text = original if original is not None and len(original) == len(doc.text) else doc.text
    return tuple(_sentence(sent, ents, article_id, first_index + n, offset, text)
                 for n, (sent, ents) in enumerate(zip(sents, per_sentence)))


def _sentence(sent: Any, ents: list[Any], article_id: str, index: int, offset: int, text: str) -> Sentence:
    base = sent.start
    tokens = tuple(
        Token(i=t.i - base, text=text[t.idx:t.idx + len(t.text)], idx=t.idx + offset, lemma=t.lemma_.lower(), pos=t.pos_,
              tag=t.tag_, dep=t.dep_, head=t.head.i - base, ent_type=t.ent_type_, ent_iob=t.ent_iob_,
              whitespace=t.whitespace_)
        for t in sent
    )
    # an entity that crosses a sentence end is cut at it, as spaCy's sent.ents does
    entities = tuple(Entity(start=e.start - base, end=min(e.end, sent.end) - base, label=e.label_,
                            text=text[e.start_char:min(e.end_char, sent.end_char)])
                     for e in ents)
    return Sentence(sentence_id=f"{article_id}:{index}", article_id=article_id, index=index,
                    start=sent.start_char + offset, end=sent.end_char + offset, text=text[sent.start_char:sent.end_char],
                    tokens=tokens, entities=entities)
