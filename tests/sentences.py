"""Hand-built parsed sentences for rule tests: no spaCy model, milliseconds each.

``parsed("Israel/PROPN/nsubj/1 attacked/VERB/ROOT/1 Gaza/PROPN/dobj/1")``: each token is
``text/POS/dep/head`` with an optional ``/lemma``, ``/tag`` and ``/entity type`` after it; the
lemma defaults to the lower-cased text, the tag to the usual one for the POS.
"""

from __future__ import annotations

from newsevents.records import Sentence, Token

TAGS = {"VERB": "VBD", "NOUN": "NNS", "PROPN": "NNP", "ADJ": "JJ", "ADP": "IN", "DET": "DT", "AUX": "VBD",
        "PART": "TO", "PRON": "PRP", "PUNCT": ".", "CCONJ": "CC", "NUM": "CD", "ADV": "RB", "SCONJ": "IN"}


def parsed(spec: str, start: int = 0) -> Sentence:
    """``start``: where the sentence begins in its article (its tokens' character offsets follow)."""
    tokens, offset, words = [], start, []
    for i, item in enumerate(spec.split()):
        text, pos, dep, head, *rest = item.split("/")
        lemma = rest[0] if len(rest) > 0 and rest[0] else text.lower()
        tag = rest[1] if len(rest) > 1 and rest[1] else TAGS[pos]
        entity = rest[2] if len(rest) > 2 else ""
        tokens.append(Token(i=i, text=text, idx=offset, lemma=lemma, pos=pos, tag=tag, dep=dep, head=int(head),
                            ent_type=entity))
        words.append(text)
        offset += len(text) + 1
    text = " ".join(words)
    return Sentence(sentence_id="s:0", article_id="s", index=0, start=start, end=start + len(text), text=text,
                    tokens=tuple(tokens))


def agent_of(resolver, spec: str, head: str) -> str | None:
    """The code the resolver gives the phrase headed by the word ``head`` of a hand-built sentence."""
    from newsevents.actors.resolver import ArticleMemory

    sentence = parsed(spec)
    found = resolver.resolve_sentence(sentence, ArticleMemory())
    return next((actor.code for i, actor in found.items() if sentence.tokens[i].text == head), None)
