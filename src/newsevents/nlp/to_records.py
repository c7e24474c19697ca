"""Convert a spaCy Doc into the project's Sentence records."""

from __future__ import annotations

from typing import Any

from ..records import Entity, Sentence, Token


def doc_to_sentences(doc: Any, article_id: str, offset: int = 0) -> tuple[Sentence, ...]:
    """One Sentence per spaCy sentence; token heads and entities are re-indexed per sentence.

    ``offset`` is added to every character offset, for docs made from part of an article.
    """
    sentences = []
    for index, sent in enumerate(doc.sents):
        base = sent.start
        tokens = tuple(
            Token(i=t.i - base, text=t.text, idx=t.idx + offset, lemma=t.lemma_.lower(), pos=t.pos_,
                  tag=t.tag_, dep=t.dep_, head=t.head.i - base, ent_type=t.ent_type_, ent_iob=t.ent_iob_,
                  whitespace=t.whitespace_)
            for t in sent
        )
        entities = tuple(
            Entity(start=e.start - base, end=e.end - base, label=e.label_, text=e.text) for e in sent.ents
        )
        sentences.append(Sentence(
            sentence_id=f"{article_id}:{index}", article_id=article_id, index=index,
            start=sent.start_char + offset, end=sent.end_char + offset, text=sent.text,
            tokens=tokens, entities=entities,
        ))
    return tuple(sentences)
