"""The actor knowledge base: countries, capitals, organisations, groups, people and generic agents.

Loaded once from the package's TSV files (plus the user's own files) into a phrase index:
normalised surface form -> dated entries. Nothing here looks at sentences; see resolver.py.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache, partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..datafiles import package_data, read_rows, split_list
from ..errors import DataFileError

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "adjectives", "capital", "capital_aliases", "metonyms",
                   "cities", "wikidata")
ORG_COLUMNS = ("code", "name", "aliases", "plover_country", "sectors", "wikidata")
GROUP_COLUMNS = ("code", "name", "aliases", "start", "end", "country", "sectors", "wikidata")
PEOPLE_COLUMNS = ("name", "aliases", "code", "role", "start", "end", "country", "wikidata")
AGENT_COLUMNS = ("term", "code", "sector")
SPACES = re.compile(r"\s+")
POSSESSIVE = re.compile(r"\s*'s?$")
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-", re.IGNORECASE)
CODE_PATTERN = re.compile(r"^(---|[A-Z]{3})([A-Z]{3})*$")
MAX_PHRASE_TOKENS = 7


@dataclass(frozen=True, slots=True, kw_only=True)
class KBEntry:
    """One dictionary entry, valid between ``start`` and ``end`` (inclusive, open when None)."""

    code: str
    name: str
    kind: str  # country, adjective, capital, metonym, organization, group, person
    country: str = ""
    sectors: tuple[str, ...] = ()
    wikidata: str = ""
    role: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    origin: str = ""  # file:line, cited in the evidence
    exact: str = ""  # surface form that must match case-sensitively (short all-caps aliases)

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Agent:
    term: str
    role: str  # CAMEO role code added to the country prefix ("" for 'people')
    sector: str


NAME_KINDS = {"person", "country", "adjective", "capital"}


@dataclass(slots=True)
class ActorKB:
    phrases: dict[str, list[KBEntry]] = field(default_factory=lambda: defaultdict(list))
    agents: dict[str, Agent] = field(default_factory=dict)
    countries: dict[str, KBEntry] = field(default_factory=dict)  # iso3 -> the country's own entry
    # surname -> people: wire copy names a person by surname after the first mention and in
    # headlines ("Clinton praised Barak"); kept apart from ``phrases`` because a bare surname
    # counts only when the parse says it names a person and the story date picks one holder
    surnames: dict[str, list[KBEntry]] = field(default_factory=lambda: defaultdict(list))

    def lookup(self, key: str) -> list[KBEntry]:
        return self.phrases.get(key, [])

    def name_words(self) -> list[str]:
        """The names whose words a headline keeps capitalised (nlp/headlines.py): people's,
        countries' and capitals' names, and one-word names ("Hamas", "the Kremlin"); the words of
        longer names of groups and bodies are mostly common words ("Islamic State", "Central
        Military Commission"), matched in any case."""
        return [key for key, entries in self.phrases.items()
                if " " not in key or any(entry.kind in NAME_KINDS for entry in entries)]

    def surname_words(self) -> list[str]:
        """The words people are named by alone on second mention ("clinton", "xi"): a headline keeps
        them capitalised wherever they stand."""
        return list(self.surnames)

    def region_names(self) -> frozenset[str]:
        """The names, normalized, of CAMEO's regions ("asia", "middle east", "gulf states"): the place
        stage takes none of them for a town so named ("Asia" is a town in the Philippines)."""
        return frozenset(key for key, entries in self.phrases.items() if any(e.kind == "region" for e in entries))

    def people_by_surname(self, surname: str) -> list[KBEntry]:
        return self.surnames.get(normalize(surname), [])

    def add_surname(self, entry: KBEntry) -> None:
        for key in surname_keys(entry.name, entry.country):
            self.surnames[key].append(entry)

    def add(self, surface: str, entry: KBEntry) -> None:
        # in a fixed order (a set's would change with each process's hash seed, and with it the order
        # of the phrases, of the gazetteer's country names and so its index file's fingerprint)
        undotted = surface.replace(".", "")
        short_caps = undotted.isupper() and len(undotted) <= 4  # "UN", "U.S.": matched as written only
        # so is a short acronym written in mixed case: "JeM" (Jaish-e-Mohammed) is not "JEM" (Sudan's
        # Justice and Equality Movement), nor "PiS" a word "pis"
        mixed_caps = len(undotted) <= 5 and " " not in undotted and any(c.isupper() for c in undotted[1:])
        exact = surface if short_caps or mixed_caps else ""
        for variant in dict.fromkeys((normalize(surface), normalize(undotted))):
            if variant:
                self.phrases[variant].append(_with_exact(entry, exact))


class NamePrefixes:
    """``begins(text) -> bool``: whether some dictionary name begins with this normalised text.

    Phrase matching looks up windows of up to seven tokens at every position of a noun phrase;
    growing each window a token at a time and stopping once no name begins with it ("talks",
    "on") saves most of the joins and look-ups. Normalising works character by character and
    only trims a name's end, so a window's normalised text begins with that of each shorter
    window at the same position, except for a lone leading "the", which normalising drops from
    longer windows only (the caller goes on after it). Built once the dictionary is complete.
    """

    def __init__(self, keys: Iterable[str]):
        self._keys = tuple(sorted(keys))
        self.begins = lru_cache(maxsize=65_536)(self._begins)  # the same words come back all the time

    def _begins(self, text: str) -> bool:
        at = bisect.bisect_left(self._keys, text)
        return at < len(self._keys) and self._keys[at].startswith(text)


def _with_exact(entry: KBEntry, exact: str) -> KBEntry:
    if entry.exact == exact:
        return entry
    return KBEntry(**{**{f: getattr(entry, f) for f in entry.__dataclass_fields__}, "exact": exact})


def surname_keys(name: str, country: str) -> tuple[str, ...]:
    """The keys a person is named by on second mention: the last word of a name of two or more
    ("Bill Clinton": clinton), the first for countries that put the family name first ("Xi
    Jinping": xi), with and without an Arabic article ("al-Assad": al-assad, assad)."""
    from ..events.wordlists import word_list  # here: the events package imports this one

    words = [w for w in name.split() if w.lower() not in word_list("name_suffixes")]
    if len(words) < 2:
        return ()
    word = words[0] if country.lower() in word_list("family_name_first_countries") else words[-1]
    keys = (word, ARTICLE_PREFIX.sub("", word))
    return tuple(key for key in dict.fromkeys(normalize(k) for k in keys) if len(key) >= 2)


# spellings that differ by a letter in place, so that "Organisation for Security and Cooperation in
# Europe" is the entry "Organization for Security and Cooperation in Europe"; only same-length swaps,
# which keep every window's normalised text a prefix of the longer window's (see NamePrefixes)
AMERICAN_SPELLINGS = {"organis": "organiz"}
BRITISH_SPELLINGS = re.compile("|".join(AMERICAN_SPELLINGS))


@lru_cache(maxsize=65_536)  # called on every window of every noun phrase; names repeat
def normalize(text: str) -> str:
    """Lowercase, no accents ("Piñera" and "Pinera" are one name: wire copy drops them as often as it
    keeps them), British spellings as American ones, straight quotes, no leading article or trailing
    possessive, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").lower().strip()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = BRITISH_SPELLINGS.sub(lambda m: AMERICAN_SPELLINGS[m.group(0)], SPACES.sub(" ", text))
    if text.startswith("the "):
        text = text[4:]
    return POSSESSIVE.sub("", text).strip()


def parse_day(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where} {value!r} is not a date (YYYY-MM-DD)") from None


def load_actor_kb(extra_files: Iterable[str | Path] = ()) -> ActorKB:
    """Load every bundled table and the user's files (people or groups columns)."""
    kb = ActorKB()
    _load_countries(kb, package_data("actors", "countries.tsv"))
    _load_regions(kb, package_data("actors", "regions.tsv"))
    _load_dated(kb, package_data("actors", "organizations.tsv"), "organization")
    _load_dated(kb, package_data("actors", "groups.tsv"), "group")
    _load_dated(kb, package_data("actors", "companies.tsv"), "company")
    _load_dated(kb, package_data("actors", "people.tsv"), "person")
    _load_agents(kb, package_data("actors", "agents.tsv"))
    for path in extra_files:
        _load_dated(kb, Path(path), "user")
    # a surname that is also a name in its own right ("Jordan", "Blair" as an alias) goes by that name
    kb.surnames = defaultdict(list, {key: people for key, people in kb.surnames.items() if key not in kb.phrases})
    return kb


def _check_code(code: str) -> None:
    if not CODE_PATTERN.match(code):
        raise ValueError(f"code {code!r} must be upper-case letters in groups of three (e.g. USAGOV)")


def _load_countries(kb: ActorKB, path: Path) -> None:
    errors: list[str] = []
    for number, row in read_rows(path, COUNTRY_COLUMNS):
        iso3, origin = row["iso3"], f"{path.name}:{number}"
        if not re.match(r"^[A-Z]{3}$", iso3):
            errors.append(f"line {number}: iso3 {iso3!r} must be three upper-case letters")
            continue
        base = partial(KBEntry, name=row["name"], country=iso3, wikidata=row["wikidata"], origin=origin)
        country = base(code=iso3, kind="country")
        kb.countries[iso3] = country
        for name in (row["name"], *split_list(row["aliases"])):
            kb.add(name, country)
        for adjective in split_list(row["adjectives"]):
            kb.add(adjective, base(code=iso3, kind="adjective"))
        for capital in (row["capital"], *split_list(row["capital_aliases"])):
            if capital:
                kb.add(capital, base(code=iso3 + "GOV", kind="capital", sectors=("GOV",)))
        for item in split_list(row["metonyms"]):
            text, _, role = item.partition("=")
            if not re.match(r"^[A-Z]{3}$", role.strip()):
                errors.append(f"line {number}: metonym {item!r} must look like 'White House=GOV'")
                continue
            kb.add(text.strip(), base(code=iso3 + role.strip(), kind="metonym", sectors=(role.strip(),)))
    if errors:
        raise DataFileError(str(path), errors)


REGION_COLUMNS = ("code", "name", "aliases", "adjectives", "note")


@lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """The codes of CAMEO's regions in the bundled table: parties, but no country of an article.
    Read through the loader, so that the codes are the validated ones; asked for when first needed."""
    regions = ActorKB()
    _load_regions(regions, package_data("actors", "regions.tsv"))
    return frozenset(entry.code for entries in regions.phrases.values() for entry in entries)


def _load_regions(kb: ActorKB, path: Path) -> None:
    """CAMEO's region codes ("Western leaders" WSTGOV, "Gulf states" PGS): names and adjectives as a
    country's, but no country of their own (``kb.countries`` keeps states only)."""
    errors: list[str] = []
    for number, row in read_rows(path, REGION_COLUMNS):
        code, origin = row["code"], f"{path.name}:{number}"
        if not re.match(r"^[A-Z]{3}$", code) or code in kb.countries:
            errors.append(f"line {number}: region code {code!r} must be three upper-case letters and no country's")
            continue
        base = partial(KBEntry, name=row["name"], country=code, origin=origin)
        for name in (row["name"], *split_list(row["aliases"])):
            kb.add(name, base(code=code, kind="region"))
        for adjective in split_list(row["adjectives"]):
            kb.add(adjective, base(code=code, kind="adjective"))
    if errors:
        raise DataFileError(str(path), errors)


def _load_dated(kb: ActorKB, path: Path, kind: str) -> None:
    """Organisations, groups, people, or a user's file with the people or groups columns."""
    columns = {"organization": ORG_COLUMNS, "group": GROUP_COLUMNS, "company": GROUP_COLUMNS,
               "person": PEOPLE_COLUMNS, "user": ("name", "aliases", "code")}[kind]
    errors: list[str] = []
    for number, row in read_rows(path, columns):
        try:
            entry = _dated_entry(row, kind, f"{path.name}:{number}")
        except ValueError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        for name in (row["name"], *split_list(row.get("aliases", ""))):
            kb.add(name, entry)
        if entry.kind == "person":
            kb.add_surname(entry)
    if errors:
        raise DataFileError(str(path), errors)


def _dated_entry(row: dict[str, str], kind: str, origin: str) -> KBEntry:
    code = row["code"]
    _check_code(code)
    if not row["name"]:
        raise ValueError("name is empty")
    start, end = parse_day(row.get("start", ""), "start"), parse_day(row.get("end", ""), "end")
    if start and end and end < start:
        raise ValueError(f"end {end} is before start {start}")
    if kind == "user":
        kind = "person" if row.get("role") else "group"
    elif kind == "company":
        kind = "organization"  # a company is an "it", as an organisation is ("Gazprom said it would ...")
    country = row.get("country") or row.get("plover_country") or code[:3]
    return KBEntry(code=code, name=row["name"], kind=kind, country=country,
                   sectors=split_list(row.get("sectors", "")) or _sectors_of(code),
                   wikidata=row.get("wikidata", ""), role=row.get("role", ""),
                   start=start, end=end, origin=origin)


def _sectors_of(code: str) -> tuple[str, ...]:
    return tuple(code[i:i + 3] for i in range(3, len(code), 3))


def _load_agents(kb: ActorKB, path: Path) -> None:
    errors: list[str] = []
    for number, row in read_rows(path, AGENT_COLUMNS):
        role = row["code"]
        if role and not re.match(r"^[A-Z]{3}$", role):
            errors.append(f"line {number}: role code {role!r} must be three upper-case letters or empty")
            continue
        kb.agents[row["term"].lower()] = Agent(term=row["term"].lower(), role=role, sector=row["sector"])
    if errors:
        raise DataFileError(str(path), errors)
