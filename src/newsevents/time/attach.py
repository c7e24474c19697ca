"""Date each event from the temporal expression attached to its clause, else the story date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from ..events.clauses import is_background, shared_objects, subtree
from ..events.modality import SPOKEN_ROOTS
from ..events.wordlists import word_list
from ..ingest.clean import SENTENCE_ENDS
from ..records import Article, Event, EventDate, Sentence, Span, Token
from .dates import NUMBERS, find_expressions, resolve

HISTORICAL_DAYS = 60  # an event whose period ends this long before the story is PLOVER-historical
# an act its sentence dates this long before the story is recalled, not news ("Thirty years ago,
# troops opened fire ...", "annexed Crimea in March 2014" in 2019): the training corpus labels 22 of
# the 23 sentences that open with such a date no event, and most acts dated so inside the clause; the
# acts are marked 'recollection' (session 42: held-out h,i, r,s and f,m 19 extra roots fewer, 3 found)
RECOLLECTION_DAYS = 730
NEWS_DAYS = 7  # a dated lead within a week of the story date is the news its later paragraphs go on telling
NEWS_RULE = "news-episode"  # an episode date carried across a paragraph break
CLAUSE_HEADS = {"VERB", "AUX"}


class EventDater:
    """``dater(sentence, events, story_date) -> events`` with ``date`` set and 'historical' marked.

    ``dater.article(...)`` dates a whole article: an event whose own clause names no date, told in
    the past tense, takes the date of the episode it continues (the last date the same paragraph
    named before it: "Last October, Doha hosted talks. The delegations agreed ..."), not the
    story date."""

    def article(self, article: Article, sentences: tuple[Sentence, ...],
                per_sentence: list[tuple[Event, ...]]) -> list[tuple[Event, ...]]:
        if article.date is None:
            return per_sentence
        episode: EventDate | None = None
        lead: EventDate | None = None  # the first date the lead paragraph names
        last_named: EventDate | None = None
        in_lead = True
        told = False  # the story has begun: a headline above the lead is not the lead
        dated = []
        for k, (sentence, events) in enumerate(zip(sentences, per_sentence)):
            if k and new_episode(article.text, sentences[k - 1], sentence) and told:
                # a new paragraph goes on telling the news of the lead, not the background before it,
                # nor an incident a later paragraph dated ("the attack on Monday evening")
                in_lead = False
                episode = replace(lead, rule=NEWS_RULE) if lead and _the_news(lead, article.date) else None
            # "two days later", "the following day": counted from the day the story last named,
            # in whichever paragraph
            expressions = self.expressions(sentence, article.date, last_named)
            dated.append(self(sentence, events, article.date, episode, expressions))
            named = [date for head, date, background in expressions
                     if not background and narrative(sentence, head) and not _unasserted(sentence, head)]
            if named:
                episode = last_named = replace(named[-1], rule="episode")
                if in_lead and lead is None:
                    lead = named[0]
            told = told or sentence.text.rstrip().endswith(SENTENCE_ENDS)
        return dated

    def __call__(self, sentence: Sentence, events: tuple[Event, ...], story: dt.date | None,
                 episode: EventDate | None = None, expressions=None) -> tuple[Event, ...]:
        if not events or story is None:
            return events
        if expressions is None:
            expressions = self.expressions(sentence, story)
        return tuple(self._date(sentence, event, expressions, story, episode) for event in events)

    def expressions(self, sentence: Sentence, story: dt.date,
                    episode: EventDate | None = None) -> list[tuple[int, EventDate, bool]]:
        """(governing clause, resolved date, in a background phrase) for each expression; one told
        from the episode ("two days later", "the same day") counts from the episode's day."""
        anchor = episode.first_day if episode is not None and episode.precision == "day" else None
        found = []
        for expr in find_expressions(sentence.text):
            start = sentence.start + expr.start
            tokens = [t for t in sentence.tokens if start <= t.idx < sentence.start + expr.end]
            if not tokens:
                continue
            future = _future(sentence, _clause_of(sentence, tokens[0].i))
            resolved = resolve(expr.text, story, future=future, episode=anchor)
            if resolved is None:
                continue
            resolved = replace(resolved, span=Span(start=start, end=sentence.start + expr.end, text=expr.text))
            root = _expression_root(sentence, [t.i for t in tokens])
            found.append((_clause_of(sentence, root), resolved, is_background(sentence, root)))
        return found

    def _date(self, sentence: Sentence, event: Event, expressions, story: dt.date,
              episode: EventDate | None = None) -> Event:
        trigger = sentence.token_at(event.trigger.start)
        if trigger is None:
            return event
        clauses = _clause_chain(sentence, trigger)
        # an act told in a background clause is dated by that clause's own date ("came a month after
        # officers detained Bazoum on July 26": the detention's July 26)
        in_background = is_background(sentence, clauses[0])
        sharing = _conjuncts_sharing_a_trailing_date(sentence, clauses[0])
        for clause in clauses[:1] + sharing + clauses[1:]:
            # a date a later verb shares is said after its object
            after = max(o.idx for o in sentence.children(clause, {"dobj", "obj"})) if clause in sharing else -1
            for head, date, background in expressions:
                # "after the withdrawal in August" dates the background, not the event; "agreed on
                # Monday to meet again in November", "will visit on Friday": an intent, a threat or a
                # plan is dated when it is stated, never after the story that reports it
                own = not background or (in_background and clause == clauses[0])
                trailing = after < 0 or (date.span is not None and date.span.start > after)
                if head == clause and own and trailing and date.first_day <= story:
                    return _recalled(_with_date(event, date, story), story)
        if (dated := _subject_participle_date(sentence, clauses[0], expressions, story)) is not None:
            return _recalled(_with_date(event, replace(dated, rule=f"subject-participle:{dated.rule}"), story), story)
        if (dated := _antecedent_date(sentence, clauses[0], expressions, story)) is not None:
            return _recalled(_with_date(event, replace(dated, rule=f"antecedent:{dated.rule}"), story), story)
        if (dated := _date_of_its_time_clause(sentence, clauses[0], expressions, story)) is not None:
            return _recalled(_with_date(event, replace(dated, rule=f"time-clause:{dated.rule}"), story), story)
        if (dated := _counted_from_its_governor(sentence, clauses[0], expressions, story, episode)) is not None:
            return _with_date(event, dated, story)
        if _past(sentence, _tensed(sentence, clauses)):
            # "The minister said on Monday that talks had collapsed": the sentence's own date, else the
            # episode the paragraph is telling; a relative clause is told for its actor ("upheld Ruto's
            # victory on Monday, dismissing a petition by Odinga, who had alleged fraud"): not its date
            # ... a day to come excepted ("will meet on Monday, a day after forces blocked convoys")
            named = [date for head, date, background in expressions
                     if not background and narrative(sentence, head) and _governs(sentence, head, clauses[0])
                     and narrative(sentence, clauses[0]) and date.first_day <= story]
            if named:
                return _with_date(event, replace(named[0], rule=f"sentence:{named[0].rule}"), story)
            # a statement in a later paragraph is today's ("the EU condemned the arrests"), an act the lead's
            if episode is not None and episode.first_day <= story \
                    and not (episode.rule == NEWS_RULE and event.root in SPOKEN_ROOTS):
                return _with_date(event, episode, story)
        elif _reported_not_past(sentence, clauses[-1]):
            # "Congo said on Monday that it would expel the ambassador": an intent or a threat is coded
            # when it is stated, so the statement's date is the event's; "the army has detained 20
            # soldiers, the ministry said on Monday": what has been done by the day it is said
            reporting = sentence.tokens[clauses[-1]].head
            stated = [date for head, date, background in expressions if head == reporting and not background]
            if stated:
                return _with_date(event, replace(stated[0], rule=f"statement:{stated[0].rule}"), story)
        return _with_date(event, EventDate(value=story.isoformat(), precision="day", rule="story-date"), story)


OFFSET_UNIT_DAYS = {"day": 1, "week": 7, "hour": 0}  # "two days after", "a week before", "hours after"


def _counted_from_its_governor(sentence: Sentence, clause: int, expressions, story: dt.date,
                               episode: EventDate | None = None) -> EventDate | None:
    """"named a prime minister on Thursday, two days after soldiers detained the president": a clause
    of "after" or "before" with a count of days or weeks is that far from the day its governor names,
    never after the story. The count may hang on the "after" or on the governor ("The expulsions
    came a day after ...", "The attack, which came a day after ..."); a governor that names no day
    goes on with the paragraph's episode, else it is the story's own news."""
    token = sentence.tokens[clause]
    marks = [m for m in sentence.children(clause, {"mark"})]
    way = -1 if "after" in [m.lower for m in marks] else 1 if "before" in [m.lower for m in marks] else 0
    if not way or token.head == clause or token.dep != "advcl":
        return None
    holders = [clause, token.head] + [m.i for m in marks]
    counts = [c for h in holders for c in sentence.children(h, {"npadvmod"})
              if c.lemma in OFFSET_UNIT_DAYS.keys() | {"month"}]
    if not counts:
        return None
    # "days after" counts nothing; "hours after" is the same day
    number = next((c.lower for c in sentence.children(counts[0].i, {"nummod", "det"})), "")
    count = int(number) if number.isdigit() else NUMBERS.get(number, 0 if counts[0].lemma == "hour" else None)
    governor = token.head
    days = [date for head, date, background in expressions
            if head == governor and not background and date.precision == "day"]
    if count is None:
        return None
    if days:
        base, rule = days[0].first_day, f"counted-from-governor:{days[0].rule}"
    elif _told_as_news(sentence, governor, expressions):
        # "The ceremony came a month after police arrested several members": the governor is the
        # story's own day, which it names no date of, or the episode's ("Militants killed 51 soldiers
        # on Friday. The attack, which came a day after gunmen killed 20 soldiers, ...")
        if episode is not None and episode.precision == "day" and _past(sentence, governor):
            base, rule = episode.first_day, f"counted-from-episode:{episode.rule}"
        else:
            base, rule = story, "counted-from-story"
    else:
        return None  # an undated governor of another time is dated by the rules below
    text = f"{number} {counts[0].text} {marks[0]}".strip()
    if counts[0].lemma == "month":
        month = _month_shift(base, way * count)
        return None if month > story else EventDate(value=month.strftime("%Y-%m"), precision="month", text=text,
                                                    rule=rule)
    day = base + dt.timedelta(days=way * count * OFFSET_UNIT_DAYS[counts[0].lemma])
    if day > story:
        return None
    return EventDate(value=day.isoformat(), precision="day", text=text, rule=rule)


def _told_as_news(sentence: Sentence, verb: int, expressions) -> bool:
    """A past or present clause that names no date of any kind: told as the story's own news."""
    if any(head == verb for head, _, _ in expressions):
        return False
    return sentence.tokens[verb].tag in {"VBD", "VBZ", "VBP"} and not any(
        c.dep == "aux" and c.lower in {"will", "would", "'ll", "had"} for c in sentence.children(verb))


def _month_shift(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` from ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _the_news(episode: EventDate, story: dt.date) -> bool:
    """Whether the episode is the news the story reports (a day of the week before it: "on Monday"),
    which the paragraphs after the lead go on telling; a date further back is background, which a
    new paragraph leaves ("Last year the group attacked ...")."""
    return episode.precision == "day" and 0 <= (story - episode.first_day).days <= NEWS_DAYS


def _recalled(event: Event, story: dt.date) -> Event:
    """The event with 'recollection' among its modes when a date its sentence gives it ends two
    years or more before the story: "Seventy years ago, Allied troops stormed the beaches", "Russia
    annexed Crimea in March 2014" told in 2019, "Boko Haram has killed more than 10,000 people since
    2009". Not a date the episode carries from an earlier sentence, nor the story date."""
    date = event.date
    if date is None or date.span is None or story.toordinal() <= RECOLLECTION_DAYS:
        return event
    if _period_end(date) < story - dt.timedelta(days=RECOLLECTION_DAYS):
        return replace(event, aux_modes=event.aux_modes + ("recollection",))
    return event


def _with_date(event: Event, date: EventDate, story: dt.date) -> Event:
    modes = event.aux_modes
    # a story dated within HISTORICAL_DAYS of 1 January of year 1 has no earlier date to be historical
    historical = story.toordinal() > HISTORICAL_DAYS and _period_end(date) < story - dt.timedelta(days=HISTORICAL_DAYS)
    if historical and "historical" not in modes:
        modes = modes + ("historical",)
    return replace(event, date=date, aux_modes=modes)


def _period_end(date: EventDate) -> dt.date:
    first = date.first_day
    if date.precision == "year":
        return dt.date(first.year, 12, 31)
    if date.precision in {"month", "season"}:
        months = 3 if date.precision == "season" else 1
        year, month = divmod(first.month - 1 + months, 12)
        return dt.date(first.year + year, month + 1, 1) - dt.timedelta(days=1)
    if date.precision == "week":
        return first + dt.timedelta(days=6)
    return first


def _expression_root(sentence: Sentence, indices: list[int]) -> int:
    inside = set(indices)
    for i in indices:
        if sentence.tokens[i].head not in inside or sentence.tokens[i].head == i:
            return i
    return indices[0]


def _clause_of(sentence: Sentence, i: int) -> int:
    """The verb that heads the clause a token belongs to."""
    current = i
    for _ in range(20):
        token = sentence.tokens[current]
        if token.pos in CLAUSE_HEADS and current != i or token.head == current:
            return current
        current = token.head
    return current


def _clause_chain(sentence: Sentence, trigger: int) -> list[int]:
    """The trigger's clause, then the clauses it hangs from through control and coordination."""
    chain = [_clause_of(sentence, trigger) if sentence.tokens[trigger].pos not in CLAUSE_HEADS else trigger]
    for _ in range(4):
        token = sentence.tokens[chain[-1]]
        if not (token.dep in {"xcomp", "conj"} or _participial_adjunct(sentence, token)) or token.head == token.i:
            break
        chain.append(_clause_of(sentence, token.head) if sentence.tokens[token.head].pos not in CLAUSE_HEADS
                     else token.head)
    if shared_objects(sentence, chain[0]):
        # "rammed and boarded two navy boats on Monday": the verbs share their object and its date
        chain[1:1] = [c.i for c in sentence.children(chain[0], {"conj"}) if c.i > chain[0]][:1]
    return chain


def _conjuncts_sharing_a_trailing_date(sentence: Sentence, verb: int) -> list[int]:
    """"dissolved Congress and suspended the constitution on Sunday night": the parse hangs the date
    on the last verb, but verbs that share their subject share a date said after them all, after the
    last verb's object (one said before it, "and on Tuesday withdrew", "and warned on Sunday that",
    is the last verb's own; so is any after "but": "conceded, but reversed course on Friday")."""
    joined_by_but = any(c.lower in {"but", "yet"} for c in sentence.children(verb, {"cc"}))
    return [] if joined_by_but else [
        c.i for c in sentence.children(verb, {"conj"}) if c.i > verb and c.pos in CLAUSE_HEADS
        and not any(s.dep in {"nsubj", "nsubjpass"} for s in sentence.children(c.i))
        and any(o.dep in {"dobj", "obj"} for o in sentence.children(c.i))]


def _subject_participle_date(sentence: Sentence, clause: int, expressions, story: dt.date) -> EventDate | None:
    """"The Security Council, meeting in emergency session on Tuesday night, condemned the offensive",
    "the minister, speaking on Monday, said": a present participle set off on the clause's subject
    tells when the subject did what the clause says."""
    participles = {c.i for s in sentence.children(clause, {"nsubj"}) for c in sentence.children(s.i, {"acl"})
                   if c.tag == "VBG" and c.i > 0 and sentence.tokens[c.i - 1].text == ","}
    return next((date for head, date, background in expressions
                 if head in participles and not background and date.first_day <= story), None)


def _participial_adjunct(sentence: Sentence, token: Token) -> bool:
    """", dismissing a petition", ", killing five": a participle with no subject and no subordinator of
    its own happens when its clause does ("after killing five" does not)."""
    return token.dep == "advcl" and token.tag == "VBG" and not any(
        c.dep in {"nsubj", "nsubjpass", "mark"} or (c.dep == "prep" and c.i < token.i)
        for c in sentence.children(token.i))


@cache
def _governors_of_what_is_to_come() -> frozenset[str]:
    """Verbs whose complement is still to come: expected, planned, intended, promised, threatened or
    asked for ("agreed to meet again in November", "urged them to vote in March")."""
    intents = word_list("intent_governors") - {"be"}  # "was to visit" is no intent of its subject's
    return frozenset(word_list("future_governors") | intents | word_list("threat_governors")
                     | word_list("appeal_governors"))


def _future(sentence: Sentence, verb: int) -> bool:
    """Future reference: 'will vote', 'is expected to vote', 'is due to arrive', 'agreed to meet in
    November', reported 'would'."""
    current, would = verb, False
    for _ in range(4):
        auxes = {t.lower for t in sentence.tokens if t.head == current and t.dep in {"aux", "auxpass"}}
        token = sentence.tokens[current]
        if auxes & {"will", "shall", "'ll", "wo"} or current != verb and token.lemma in _governors_of_what_is_to_come():
            return True
        # "said it was reviewing the response and that Burns would discuss it on Wednesday": the
        # "would" of a second reported clause, joined to the first
        would = would or "would" in auxes
        if would and token.dep == "ccomp" and sentence.tokens[token.head].lemma in word_list("future_reporting_lemmas"):
            return True
        # "would mobilise supporters to protest on Thursday": an infinitive of purpose is told in its
        # governor's time
        purpose = token.dep == "advcl" and any(t.lower == "to" for t in sentence.children(current, {"aux"}))
        if (token.dep not in {"xcomp", "conj"} and not purpose) or token.head == current:
            return False
        current = token.head
    return False


PAST_AUX = {"had", "was", "were", "did"}
# "warned that more rain would hit the area on Monday": a clause so told dates no episode
UNASSERTING_AUX = {"will", "would", "shall", "should", "could", "may", "might", "must", "can", "'ll", "wo"}


def _unasserted(sentence: Sentence, clause: int) -> bool:
    """Whether the clause is told as what will, would or may be, not as what happened."""
    return _future(sentence, clause) or any(
        t.lower in UNASSERTING_AUX for t in sentence.children(clause, {"aux", "auxpass"}))


def _reported_not_past(sentence: Sentence, clause: int) -> bool:
    """A clause not told in the past that a past-tense verb reports: "said it would", "warned that the
    army would", "announced that it will", "has detained 20 soldiers, the ministry said", "had warned
    in March that it would"."""
    token = sentence.tokens[clause]
    return token.dep == "ccomp" and token.head != clause and _past(sentence, token.head)


def _past(sentence: Sentence, verb: int) -> bool:
    """Told in the past: 'attacked', 'had attacked', 'was attacked' (not 'has attacked', 'will')."""
    token = sentence.tokens[verb]
    auxes = [t for t in sentence.tokens if t.head == verb and t.dep in {"aux", "auxpass"}]
    if auxes:
        return auxes[0].lower in PAST_AUX
    return token.tag == "VBD"


def told_in_past(sentence: Sentence, event: Event) -> bool:
    """Whether the event's clause is in the past tense (a continued episode, not today's news)."""
    trigger = sentence.token_at(event.trigger.start)
    return trigger is not None and _past(sentence, _tensed(sentence, _clause_chain(sentence, trigger)))


def _tensed(sentence: Sentence, chain: list[int]) -> int:
    """The clause whose tense an event is told in: its own, or for a participle of result (", killing
    three soldiers") the clause it continues; for a clause of no tense of its own ("after accusing
    Khartoum", "to disperse the crowd") the clause it hangs from."""
    if len(chain) > 1 and _participial_adjunct(sentence, sentence.tokens[chain[0]]):
        return chain[1]
    clause = chain[0]
    for _ in range(3):
        governor = _untensed_governor(sentence, clause)
        if governor is None:
            break
        clause = governor
    return clause


def _untensed_governor(sentence: Sentence, clause: int) -> int | None:
    """The clause a gerund after a preposition, a purpose infinitive or a participle hangs from:
    "shut down its oil production in January after accusing Khartoum", "fired tear gas on Monday to
    disperse the crowd"; None for a clause with a subject or an auxiliary of its own."""
    token = sentence.tokens[clause]
    if token.tag not in {"VB", "VBG", "VBN"} or token.dep not in {"advcl", "pcomp"}:
        return None
    if any(c.dep in {"nsubj", "nsubjpass", "auxpass"} or (c.dep == "aux" and c.lower != "to")
           for c in sentence.children(clause)):
        return None
    head = token.head if token.dep == "advcl" else sentence.tokens[token.head].head
    return head if sentence.tokens[head].pos in CLAUSE_HEADS else _clause_of(sentence, head)


SIMULTANEOUS_MARKERS = frozenset({"as", "when", "while"})


def _date_of_its_time_clause(sentence: Sentence, clause: int, expressions, story: dt.date) -> EventDate | None:
    """"Security forces shot dead six protesters as the country voted on Sunday, rights groups said on
    Monday": a clause of "as", "when" or "while" on the event's own clause tells when it happened."""
    for child in sentence.children(clause, {"advcl"}):
        if not any(m.lower in SIMULTANEOUS_MARKERS for m in sentence.children(child.i, {"mark", "advmod"})):
            continue
        found = [date for head, date, background in expressions
                 if head == child.i and not background and date.first_day <= story]
        if found:
            return found[0]
    return None


def _antecedent_date(sentence: Sentence, clause: int, expressions, story: dt.date) -> EventDate | None:
    """The date of the noun a relative clause or a participle describes, for an act told in it: "in
    August 2018, when police attacked students", "a rally on Sept. 22, at which supporters clashed
    with police", "a resolution adopted on May 2 that ordered"; and of the verb whose object a
    present participle describes: "adopted on Wednesday a resolution demanding a ceasefire"."""
    token = sentence.tokens[clause]
    while token.dep == "conj" and token.head != token.i:  # "when forces retook Mekelle and the government declared"
        token = sentence.tokens[token.head]
    clause = token.i
    if token.dep not in {"relcl", "acl"} or token.head == clause:
        return None
    noun = token.head
    described = set(subtree(sentence, noun)) - set(subtree(sentence, clause))
    for _, date, _ in expressions:
        # "Monday's attack, which killed five": a date that only describes the noun is the act's too;
        # "since December, when bandits seized ...": the date the noun is (its "since" outside it)
        inside = {t.i for t in sentence.tokens if date.span is not None and date.span.start <= t.idx < date.span.end}
        if inside & described and date.first_day <= story:
            return date
    if token.dep == "acl" and token.tag == "VBG" and sentence.tokens[noun].dep == "dobj":
        verb = sentence.tokens[noun].head
        return next((date for head, date, background in expressions
                     if head == verb and not background and date.first_day <= story), None)
    return None


def new_episode(text: str, previous: Sentence, sentence: Sentence) -> bool:
    """Whether the sentence starts a new episode: after a line break it does (the parser may keep
    the break inside the first sentence's span), unless it points back into the one before: "At that
    meeting, the Taliban demanded ..." goes on with the meeting's episode, as wire copy puts each
    sentence in a paragraph of its own."""
    return "\n" in text[previous.start + len(previous.text.rstrip()):sentence.start] and not points_back(sentence)


# "At that meeting", "During those talks", "In this attack": a demonstrative on the object of a
# preposition of time or place refers to what the story has just told
POINTING_DETERMINERS = {"that", "this", "those", "these"}
SETTING_PREPOSITIONS = {"at", "during", "in", "on", "throughout"}


def points_back(sentence: Sentence) -> bool:
    """Whether the sentence sets itself in something the text has just told ("At that meeting")."""
    for token in sentence.tokens:
        if token.dep != "det" or token.lower not in POINTING_DETERMINERS:
            continue
        noun = sentence.tokens[token.head]
        if noun.dep == "pobj" and sentence.tokens[noun.head].lower in SETTING_PREPOSITIONS:
            return True
    return False


def narrative(sentence: Sentence, head: int) -> bool:
    """An expression that dates the sentence's story, not a description of one of its actors
    ("the envoy, who was appointed last month, said ...")."""
    current = head
    for _ in range(12):
        token = sentence.tokens[current]
        if token.dep in {"relcl", "acl", "appos"}:
            return False
        if token.head == current:
            return True
        current = token.head
    return True


def _governs(sentence: Sentence, governor: int, clause: int) -> bool:
    """Whether the clause hangs, through any chain of heads, from ``governor``."""
    current = clause
    for _ in range(12):
        if current == governor:
            return True
        token = sentence.tokens[current]
        if token.head == current:
            return False
        current = token.head
    return False
