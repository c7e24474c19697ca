"""Convert a spaCy Doc into the project's Sentence records."""

from __future__ import annotations

from typing import Any

from ..records import Entity, Sentence, Token
from .repairs import repair

# read from the doc in one array (per-token attribute access took most of the conversion's time)
_COLUMNS = ("IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SPACY", "SENT_START")
_SENT_START = _COLUMNS.index("SENT_START")
_IOB = ("", "I", "O", "B")
_WRAP = 1 << 64  # HEAD is relative and comes back as an unsigned 64-bit number


def doc_to_sentences(doc: Any, article_id: str, offset: int = 0, first_index: int = 0,
                     original: str | None = None, strings: "StringTable | None" = None) -> tuple[Sentence, ...]:
    """One Sentence per spaCy sentence; token heads and entities are re-indexed per sentence.

    ``offset`` is added to every character offset, for docs made from part of an article, and
    sentences are numbered from ``first_index``. ``original``: the text as written, when the doc was
    parsed from a recased copy of it (same length, see :mod:`.headlines`); texts are taken from it.
    ``strings``: a :class:`StringTable` of the doc's vocabulary kept across docs (one is made for
    this doc otherwise). Linear in the document's length: the entities are read once and dealt out
    to their sentences (``sent.ents`` re-reads every entity of the doc).
    """
    if not len(doc):
        return ()
    rows = doc.to_array(list(_COLUMNS)).tolist()
    bounds = _sentence_bounds(doc, rows)
    per_sentence: list[list[Any]] = [[] for _ in bounds]
    position = 0
    for ent in doc.ents:
        while position + 1 < len(bounds) and bounds[position + 1][0] <= ent.start:
            position += 1
        per_sentence[position].append(ent)
    text = original if original is not None and len(original) == _text_length(rows) else doc.text
    if strings is None or strings.store is not doc.vocab.strings:
        strings = StringTable(doc.vocab.strings)
    return tuple(_sentence(bound, ents, article_id, first_index + n, offset, text, rows, strings)
                 for n, (bound, ents) in enumerate(zip(bounds, per_sentence)))


def _text_length(rows: list[list[int]]) -> int:
    """The length of the doc's text, from its last token (``doc.text`` makes a Token object for
    every token to join their texts: about 0.05 s per 500 articles, only to compare a length)."""
    idx, length, *_, space, _sent_start = rows[-1]
    return idx + length + space


def _sentence_bounds(doc: Any, rows: list[list[int]]) -> list[tuple[int, int]]:
    """(first token, end) of each sentence, as ``doc.sents`` has them: a sentence starts at the first
    token and at every token whose SENT_START is 1 (read from the array, without a Token object for
    every token as ``doc.sents`` makes)."""
    if "sents" in doc.user_hooks:
        return [(sent.start, sent.end) for sent in doc.sents]
    starts = [0] + [i for i, row in enumerate(rows) if i and row[_SENT_START] == 1]
    return list(zip(starts, starts[1:] + [len(rows)]))


class StringTable(dict[int, str]):
    """spaCy's string store read through a dict: the same few thousand tags, dependencies and lemmas
    recur from doc to doc, so a pipeline keeps one table for all its docs (a table per doc looked
    up 86,000 strings for 500 articles). Only a memo: a hash names the same string in every doc."""

    def __init__(self, store: Any):
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        found = self[key] = self.store[key] if key else ""
        return found


def _sentence(bound: tuple[int, int], ents: list[Any], article_id: str, index: int, offset: int, text: str,
              rows: list[list[int]], strings: StringTable) -> Sentence:
    base, end = bound
    tokens = tuple(
        Token(i=i - base, text=text[idx:idx + length], idx=idx + offset, lemma=strings[lemma].lower(),
              pos=strings[pos], tag=strings[tag], dep=strings[dep],
              head=i + (head - _WRAP if head >= _WRAP >> 1 else head) - base, ent_type=strings[ent_type],
              ent_iob=_IOB[iob], whitespace=" " if space else "")
        for i, (idx, length, lemma, pos, tag, dep, head, ent_type, iob, space, _)
        in enumerate(rows[base:end], start=base)
    )
    tokens = repair(tokens)
    start_char, end_char = rows[base][0], rows[end - 1][0] + rows[end - 1][1]
    # an entity that crosses a sentence end is cut at it, as spaCy's sent.ents does
    entities = tuple(Entity(start=e.start - base, end=min(e.end, end) - base, label=e.label_,
                            text=text[e.start_char:min(e.end_char, end_char)])
                     for e in ents)
    return Sentence(sentence_id=f"{article_id}:{index}", article_id=article_id, index=index,
                    start=start_char + offset, end=end_char + offset, text=text[start_char:end_char],
                    tokens=tokens, entities=entities)
