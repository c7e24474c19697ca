"""Temporal expressions: find them in a sentence and resolve them against the story date.

The project's own rules come first because dateparser misses the forms news uses most
("last October", "the end of last August", "nearly two months ago", "today, Monday");
dateparser handles the explicit dates the rules do not recognise.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from ..records import EventDate

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SATURDAY = WEEKDAYS["saturday"]
SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}
# days of the calendar named by a feast, the same date every year ("on Christmas Day", "New Year's Eve")
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "new years eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1)}
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# spelled-out counts up to ninety-nine: "Seventy years ago", "twenty-five years ago today"
NUMBERS = {"a": 1, "an": 1, "a couple of": 2, "several": 3, "a few": 3, "few": 3, "a hundred": 100, "one hundred": 100,
           **{word: n for n, word in enumerate(_ONES, 1)}, **{word: n for n, word in enumerate(_TEENS, 10)},
           **{ten: 10 * n for n, ten in enumerate(_TENS, 2)},
           **{f"{ten}-{one}": 10 * n + k for n, ten in enumerate(_TENS, 2) for k, one in enumerate(_ONES, 1)}}

MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NUM_RE = r"(?:\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
UNIT_RE = r"(?:day|week|month|year|decade)s?"
HEDGE_RE = r"(?:(?:nearly|almost|about|around|some|roughly|more than|less than|over|just|barely|only) )?"

# Ordered: longer, more specific patterns first. Each has a name used as the rule id.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("today_weekday", rf"\btoday,? {DAY_RE}\b"),
    # a range of days is dated by its first: "from 7 to 10 October", "on Oct. 7-10, 1998"
    ("day_range_month", rf"\b\d{{1,2}}(?:st|nd|rd|th)? ?(?:to|and|-|\u2013) ?\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE}"
                        rf"(?:,? \d{{4}})?\b"),
    ("month_day_range", rf"\b{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)? ?(?:to|and|-|\u2013) ?\d{{1,2}}(?:st|nd|rd|th)?"
                        rf"(?:,? \d{{4}})?\b(?!\d)"),
    ("day_month_year", rf"\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE},? \d{{4}}\b"),
    ("month_day_year", rf"\b{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b"),
    ("day_month", rf"\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE}\b(?! \d{{4}})"),
    ("month_day", rf"\b{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?\b(?!,? \d{{4}})(?!\d)"),
    ("part_of_last_month", rf"\b(?:the )?(?:end|beginning|start|middle) of (?:last |this |next )?{MONTH_RE}\b(?: \d{{4}})?"),
    ("part_month", rf"\b(?:early|mid|late)[- ]{MONTH_RE}\b(?: \d{{4}})?"),
    ("month_year", rf"\b{MONTH_RE},? \d{{4}}\b"),
    ("part_year", r"\b(?:early|mid|late)[- ]\d{4}\b"),
    ("month_of_relative_year", rf"\b(?:in )?{MONTH_RE},? (?:of )?(?:last|this|next) year\b"),
    ("the_weekend", r"\b(?:over|at|during) the weekend\b"),
    ("holiday", r"\b(?:christmas (?:eve|day)|boxing day|new year'?s (?:eve|day))\b"),
    ("ago", rf"\b{HEDGE_RE}{NUM_RE} {UNIT_RE} ago\b"),
    ("in_n", rf"\b(?:in|within) {HEDGE_RE}{NUM_RE} {UNIT_RE}\b(?! ago)"),
    ("relative_unit", r"\b(?:earlier |later )?(?:last|this|next|past|coming) (?:week|month|year|weekend)\b"),
    ("relative_month", rf"\b(?:last|this|next|past) {MONTH_RE}\b"),
    ("relative_season", r"\b(?:last|this|next|past) (?:winter|spring|summer|autumn|fall)\b"),
    ("in_season", r"\b(?:in|during) (?:the )?(?:winter|spring|summer|autumn|fall)(?: of \d{4})?\b"),
    ("relative_weekday", rf"\b(?:last|this|next|on|early|late)? ?{DAY_RE}(?: (?:morning|afternoon|evening|night))?\b"),
    ("deictic", r"\b(?:the day (?:before yesterday|after tomorrow)|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b"),
    # told from the episode, not the story: "two days later", "the following day"
    ("episode_offset", rf"\b{NUM_RE} (?:day|week)s? (?:later|earlier)\b"),
    ("episode_day", r"\bthe (?:same|following|next|previous) day\b"),
    ("in_month", rf"\b(?:in|since|during|by) {MONTH_RE}\b"),
    ("in_year", r"\b(?:in|since|during|by) \d{4}\b"),
)
COMPILED = tuple((name, re.compile(pattern, re.I)) for name, pattern in PATTERNS)

# Each pattern holds a word of one family, after a word boundary, or a digit: a search for each
# family decides which patterns can match at all (most sentences hold none:
# twenty scans of every sentence were most of the dates' time)
FAMILIES = {
    "digit": r"\d",
    "month": rf"\b{MONTH_RE}",
    "weekday": rf"\b{DAY_RE}",
    "unit": r"\b(?:day|week|month|year|decade)",
    "season": r"\b(?:winter|spring|summer|autumn|fall)",
    "deictic": r"\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)",
    "holiday": r"\b(?:christmas|boxing|new year)",
}
FAMILY_SCANS = tuple((name, re.compile(pattern, re.I)) for name, pattern in FAMILIES.items())
FAMILY_OF = {
    "iso": "digit", "part_year": "digit", "in_year": "digit",
    "day_month_year": "month", "month_day_year": "month", "day_month": "month", "month_day": "month",
    "day_range_month": "month", "month_day_range": "month",
    "part_of_last_month": "month", "part_month": "month", "month_year": "month", "relative_month": "month",
    "in_month": "month", "month_of_relative_year": "month",
    "today_weekday": "weekday", "relative_weekday": "weekday",
    "ago": "unit", "in_n": "unit", "relative_unit": "unit", "the_weekend": "unit",
    "episode_offset": "unit", "episode_day": "unit",
    "relative_season": "season", "in_season": "season",
    "deictic": "deictic", "holiday": "holiday",
}


@dataclass(frozen=True, slots=True)
class Expression:
    start: int  # character offsets within the searched text
    end: int
    text: str
    rule: str


def find_expressions(text: str, every_pattern: bool = False) -> list[Expression]:
    """Non-overlapping temporal expressions, earliest and longest first. Only the patterns of the
    word families the text holds are run (``every_pattern``: all of them, the same result)."""
    found: list[Expression] = []
    taken: list[tuple[int, int]] = []
    held = {name for name, scan in FAMILY_SCANS if scan.search(text)}
    for name, pattern in COMPILED:
        if not every_pattern and FAMILY_OF[name] not in held:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if name == "relative_weekday" and not re.search(DAY_RE, match[0], re.I):
                continue
            taken.append((start, end))
            found.append(Expression(start, end, match[0].strip(), name))
    return sorted(found, key=lambda e: e.start)


def resolve(expression: str, story: dt.date, future: bool = False, episode: dt.date | None = None) -> EventDate | None:
    """Resolve one expression against the story date; one told from the episode ("two days later",
    "the same day") against ``episode``, the day the story last named; None when it cannot be resolved."""
    text = DAY_RANGE.sub(r"\g<first>", " ".join(expression.lower().replace(",", " ").split()))
    try:
        told = EPISODE_RELATIVE.fullmatch(text)
        if told:
            day = _from_episode(told, episode)
            return None if day is None else EventDate(value=day.isoformat(), precision="day", text=expression,
                                                      rule="episode_offset")
        for rule in (_deictic, _weekday, _the_weekend, _holiday, _month_of_relative_year, _relative_unit, _ago_or_in,
                     _explicit, _named_month, _season):
            result = rule(text, story, future)
            if result is not None:
                value, precision = result
                date = EventDate(value=value, precision=precision, text=expression, rule=rule.__name__.strip("_"))
                date.first_day  # noqa: B018 - raises unless it is a calendar date
                return date
        return _dateparser(expression, story)
    except (OverflowError, ValueError):  # "5000000 days ago", "next year" in a story of 9999-12-31
        return None


# "7 to 10 october", "october 7-10": the first day of the range, the month kept
DAY_RANGE = re.compile(r"(?<![\d-])(?P<first>\b\d{1,2}(?:st|nd|rd|th)?) ?(?:to|and|-|\u2013) ?"
                       r"\d{1,2}(?:st|nd|rd|th)?\b")


# told from the day the story last named: "the following day", "two days later"
EPISODE_RELATIVE = re.compile(rf"the (?P<day>same|following|next|previous) day"
                              rf"|(?P<count>{NUM_RE}) (?P<unit>day|week)s? (?P<way>later|earlier)")
EPISODE_DAYS = {"same": 0, "following": 1, "next": 1, "previous": -1}


def _from_episode(told: re.Match[str], episode: dt.date | None) -> dt.date | None:
    """The day an expression told from the episode names; None with no episode day to count from."""
    if episode is None:
        return None
    if told["day"]:
        return episode + dt.timedelta(days=EPISODE_DAYS[told["day"]])
    count = int(told["count"]) if told["count"].isdigit() else NUMBERS.get(told["count"], 1)
    days = count * (7 if told["unit"] == "week" else 1)
    return episode + dt.timedelta(days=days if told["way"] == "later" else -days)


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> tuple[str, str]:
    return f"{year:04d}-{month:02d}", "month"


def _week(d: dt.date) -> tuple[str, str]:
    return (d - dt.timedelta(days=d.weekday())).isoformat(), "week"


def _deictic(text: str, story: dt.date, future: bool):
    if text.startswith("today") or text in {"tonight", "this morning", "this afternoon", "this evening"}:
        return _day(story)
    if text == "the day before yesterday":
        return _day(story - dt.timedelta(days=2))
    if text == "the day after tomorrow":
        return _day(story + dt.timedelta(days=2))
    if text in {"yesterday", "last night"}:
        return _day(story - dt.timedelta(days=1))
    if text == "tomorrow":
        return _day(story + dt.timedelta(days=1))
    return None


def _weekday(text: str, story: dt.date, future: bool):
    match = re.search(rf"(?:(last|this|next|on|early|late) )?({DAY_RE})", text)
    if not match or re.search(MONTH_RE + r" \d", text):
        return None
    target = WEEKDAYS[match[2]]
    if match[1] == "next" or (future and match[1] != "last"):
        delta = (target - story.weekday()) % 7 or 7
        return _day(story + dt.timedelta(days=delta))
    # "met on Tuesday" in a Tuesday story is that day: wires date events by the day they report them
    delta = (story.weekday() - target) % 7 if match[1] != "last" else (story.weekday() - target) % 7 or 7
    return _day(story - dt.timedelta(days=delta))


def _relative_unit(text: str, story: dt.date, future: bool):
    match = re.fullmatch(r"(?:earlier |later )?(last|this|next|past|coming) (week|month|year|weekend)", text)
    if not match:
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[match[1]]
    unit = match[2]
    if unit in {"week", "weekend"}:
        return _week(story + dt.timedelta(weeks=step))
    if unit == "month":
        shifted = story + relativedelta(months=step)
        return _month(shifted.year, shifted.month)
    return str(story.year + step), "year"


def _the_weekend(text: str, story: dt.date, future: bool):
    """"arrested two men over the weekend": the last weekend by the story's day (its own, told on a
    Saturday or Sunday); the next one for what is still to come."""
    if not re.fullmatch(r"(?:over|at|during) the weekend", text):
        return None
    saturday = story - dt.timedelta(days=(story.weekday() - SATURDAY) % 7)
    if future and saturday < story - dt.timedelta(days=1):
        saturday += dt.timedelta(weeks=1)
    return _week(saturday)


def _holiday(text: str, story: dt.date, future: bool):
    """"on Christmas Day": the last one by the story's day (its own, told that day); the next one for
    what is still to come."""
    day = HOLIDAYS.get(text.removeprefix("on ").replace("\u2019", "'"))
    if day is None:
        return None
    this_year = dt.date(story.year, *day)
    if future:
        return _day(this_year if this_year >= story else dt.date(story.year + 1, *day))
    return _day(this_year if this_year <= story else dt.date(story.year - 1, *day))


def _month_of_relative_year(text: str, story: dt.date, future: bool):
    """"in May last year", "in March next year": the month of the year the words name."""
    match = re.fullmatch(rf"(?:in )?({MONTH_RE}) (?:of )?(last|this|next) year", text)
    if not match:
        return None
    return _month(story.year + {"last": -1, "this": 0, "next": 1}[match[2]], MONTHS[match[1].rstrip(".")])


def _ago_or_in(text: str, story: dt.date, future: bool):
    match = re.search(rf"({NUM_RE}) ({UNIT_RE})( ago)?$", text)
    if not match or not (match[3] or re.match(r"(in|within) ", text)):
        return None
    count = int(match[1]) if match[1].isdigit() else NUMBERS.get(match[1], 1)
    unit = match[2].rstrip("s")
    sign = -1 if match[3] else 1
    if unit == "decade":
        unit, count = "year", count * 10
    shifted = story + relativedelta(**{f"{unit}s": sign * count})
    if unit == "day":
        return _day(shifted)
    if unit == "week":
        return _week(shifted)
    if unit == "month":
        return _month(shifted.year, shifted.month)
    return str(shifted.year), "year"


def _named_month(text: str, story: dt.date, future: bool):
    match = re.search(rf"(?:(last|this|next|past|in|since|during|by|early|mid|late|end of|beginning of|start of|middle of)[- ](?:(last|this|next) )?)?({MONTH_RE})(?: (\d{{4}}))?$", text)
    if not match or (not match[1] and not match[4] and not re.fullmatch(MONTH_RE, text)):
        return None
    month = MONTHS[match[3].rstrip(".")]
    if match[4]:
        return _month(int(match[4]), month)
    qualifier = match[2] or match[1] or ""
    if qualifier == "this":
        return _month(story.year, month)
    if qualifier == "next" or (future and qualifier not in {"last", "past"}):
        year = story.year if month > story.month else story.year + 1
        return _month(year, month)
    if qualifier in {"last", "past"}:
        year = story.year if month < story.month else story.year - 1
        return _month(year, month)
    year = story.year if month <= story.month else story.year - 1
    return _month(year, month)


def _season(text: str, story: dt.date, future: bool):
    match = re.search(r"(?:(last|this|next|past|in|during) )?(?:the )?(winter|spring|summer|autumn|fall)(?: of (\d{4}))?$", text)
    if not match:
        return None
    first = SEASONS[match[2]]
    if match[3]:
        return f"{int(match[3]):04d}-{first:02d}", "season"
    # The season's start in the story's year; winter starts in December of the year before.
    def start(year: int) -> dt.date:
        return dt.date(year - 1 if first == 12 else year, first, 1)
    current = start(story.year) if start(story.year) <= story else start(story.year - 1)
    if start(story.year + 1) <= story:
        current = start(story.year + 1)
    ongoing = story < current + relativedelta(months=3)
    # "last summer" is the most recent summer that has ended: this year's once it is over.
    previous = current - relativedelta(years=1) if ongoing else current
    qualifier = match[1] or ("next" if future else "in")
    following = current + relativedelta(years=1)
    this = current if ongoing or (first != 12 and current.year == story.year) else following
    chosen = {"last": previous, "past": previous, "next": following, "this": this}.get(qualifier, current)
    return f"{chosen.year:04d}-{chosen.month:02d}", "season"


def _explicit(text: str, story: dt.date, future: bool):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _day(dt.date.fromisoformat(text))
    match = re.fullmatch(r"(?:in|since|during|by|early|mid|late)[- ](\d{4})", text)
    if match:
        return match[1], "year"
    match = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RE})(?: (\d{{4}}))?", text) or \
        re.fullmatch(rf"({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))?", text)
    if not match:
        return None
    first, second, year = match[1], match[2], match[3]
    day, month_name = (int(first), second) if first.isdigit() else (int(second), first)
    month = MONTHS[month_name.rstrip(".")]
    try:
        if year:
            return _day(dt.date(int(year), month, day))
        candidate = dt.date(story.year, month, day)
        if future and candidate < story:
            candidate = dt.date(story.year + 1, month, day)
        elif not future and candidate > story:
            candidate = dt.date(story.year - 1, month, day)
        return _day(candidate)
    except ValueError:
        return None


def _dateparser(expression: str, story: dt.date) -> EventDate | None:
    import dateparser  # slow import, only for expressions the rules do not know

    base = dt.datetime(story.year, story.month, story.day)
    parsed = dateparser.parse(expression, languages=["en"],
                              settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                        "RETURN_TIME_AS_PERIOD": False})
    if parsed is None:
        return None
    return EventDate(value=parsed.date().isoformat(), precision="day", text=expression, rule="dateparser")
