"""The database schema as an ordered list of migrations; ``meta.schema_version`` says which ran."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, """
    CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, date DATE,
        source VARCHAR, url VARCHAR, language VARCHAR, origin VARCHAR, text VARCHAR,
        coded_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE IF NOT EXISTS sentences (
        sentence_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, idx INTEGER,
        start_char INTEGER, end_char INTEGER, text VARCHAR
    );
    CREATE TABLE IF NOT EXISTS mentions (
        mention_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, sentence_id VARCHAR NOT NULL,
        event_key VARCHAR, code VARCHAR NOT NULL, root VARCHAR NOT NULL, plover VARCHAR,
        quad_class INTEGER, goldstein DOUBLE,
        source_code VARCHAR, source_country VARCHAR, source_text VARCHAR, source_name VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_text VARCHAR, target_name VARCHAR,
        trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
        rule_id VARCHAR, confidence DOUBLE, mode VARCHAR, aux_modes VARCHAR, context VARCHAR,
        event_date DATE, date_value VARCHAR, date_precision VARCHAR, date_text VARCHAR,
        place_name VARCHAR, place_country VARCHAR, place_level VARCHAR, geonameid BIGINT,
        latitude DOUBLE, longitude DOUBLE, admin1 VARCHAR, feature_class VARCHAR, place_text VARCHAR,
        story_date DATE, publisher VARCHAR, url VARCHAR, sentence_text VARCHAR, evidence JSON
    );
    CREATE TABLE IF NOT EXISTS problems (
        problem_id BIGINT, stage VARCHAR, item_id VARCHAR, code VARCHAR, message VARCHAR,
        location VARCHAR, severity VARCHAR, raw VARCHAR, created_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE SEQUENCE IF NOT EXISTS problem_ids START 1;
    """),
    (2, """
    CREATE TABLE IF NOT EXISTS events (
        event_key VARCHAR PRIMARY KEY, event_date DATE, source_code VARCHAR, source_country VARCHAR,
        target_code VARCHAR, target_country VARCHAR, code VARCHAR, root VARCHAR, plover VARCHAR,
        quad_class INTEGER, goldstein DOUBLE, num_mentions INTEGER, num_sources INTEGER,
        num_articles INTEGER, first_mention_id VARCHAR, place_name VARCHAR, place_country VARCHAR,
        latitude DOUBLE, longitude DOUBLE, geonameid BIGINT, url VARCHAR, story_date DATE
    );
    CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
    """),
    # 3: events become a view over the mentions, so that they agree at every moment (a killed run
    # cannot leave them stale); dedup groups are stored so that a save recomputes only its own;
    # articles remember their metadata (record_hash) and the article they duplicate.
    (3, """
    ALTER TABLE articles ADD COLUMN IF NOT EXISTS record_hash VARCHAR;
    ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;
    ALTER TABLE mentions ADD COLUMN IF NOT EXISTS dedup_group VARCHAR;
    DROP TABLE IF EXISTS events;
    CREATE VIEW events AS
        SELECT event_key, min(event_date) AS event_date,
               arg_min(source_code, mention_id) AS source_code, arg_min(source_country, mention_id) AS source_country,
               arg_min(target_code, mention_id) AS target_code, arg_min(target_country, mention_id) AS target_country,
               arg_min(code, mention_id) AS code, arg_min(root, mention_id) AS root,
               arg_min(plover, mention_id) AS plover, arg_min(quad_class, mention_id) AS quad_class,
               arg_min(goldstein, mention_id) AS goldstein, count(*) AS num_mentions,
               count(DISTINCT coalesce(publisher, '')) AS num_sources, count(DISTINCT article_id) AS num_articles,
               min(mention_id) AS first_mention_id, arg_min(place_name, mention_id) AS place_name,
               arg_min(place_country, mention_id) AS place_country, arg_min(latitude, mention_id) AS latitude,
               arg_min(longitude, mention_id) AS longitude, arg_min(geonameid, mention_id) AS geonameid,
               arg_min(url, mention_id) AS url, min(story_date) AS story_date
        FROM mentions GROUP BY event_key;
    CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
    DELETE FROM meta WHERE key = 'dedup';
    """),
    # 4: a reviewer's verdicts on event mentions, kept apart from the coded events (never overwriting
    # them); ``coded`` and the sentence are a snapshot of what was judged, so that a correction
    # outlives the recoding of its article.
    (4, """
    CREATE SEQUENCE IF NOT EXISTS correction_ids START 1;
    CREATE TABLE IF NOT EXISTS corrections (
        correction_id BIGINT PRIMARY KEY, mention_id VARCHAR NOT NULL, article_id VARCHAR,
        sentence_id VARCHAR, event_key VARCHAR, verdict VARCHAR NOT NULL, code VARCHAR, mode VARCHAR,
        trigger_text VARCHAR, source_text VARCHAR, target_text VARCHAR, source_code VARCHAR,
        target_code VARCHAR, note VARCHAR, coded JSON, sentence_text VARCHAR, sentence_start INTEGER,
        story_date DATE, created_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE INDEX IF NOT EXISTS corrections_mention ON corrections(mention_id);
    """),
)



# 5: the stored evidence keeps only what the mention's columns do not hold (the spans, how each actor
# was resolved, the date and place rules, the reporter); the ``mentions`` view puts the full evidence
# back together, so readers see what they saw before. Half of a mention's bytes were the evidence,
# most of it repeating the columns, and DuckDB rewrites every mention when a checkpoint merges row
# groups: the lean evidence makes the file and that rewrite's memory smaller.

def _span_full(path: str, text: str) -> str:
    """The full span at ``path`` of the lean evidence: its text is ``text``'s unless stored."""
    return (f"CASE WHEN json_type(evidence, '{path}') = 'OBJECT' THEN json_object("
            f"'start', json_extract(evidence, '{path}.start'), 'end', json_extract(evidence, '{path}.end'), "
            f"'text', coalesce(json_extract_string(evidence, '{path}.text'), {text})) END")


def _actor_full(role: str) -> str:
    base = f"$.{role}"
    kept = ", ".join(f"'{key}', json_extract(evidence, '{base}.{key}')" for key in ("kind", "wikidata", "how"))
    return (f"CASE WHEN {role}_code IS NOT NULL THEN json_object('text', {role}_text, 'code', {role}_code, "
            f"'span', {_span_full(base + '.span', role + '_text')}, 'country', json_extract(evidence, '{base}.country'), "
            f"'sectors', json_extract(evidence, '{base}.sectors'), 'name', {role}_name, {kept}) END")


FULL_EVIDENCE = (
    "CAST(json_object("
    "'trigger', json_object('start', trigger_start, 'end', trigger_end, 'text', trigger_text), "
    f"'source', {_actor_full('source')}, 'target', {_actor_full('target')}, "
    "'reporter', json_extract(evidence, '$.reporter'), "
    "'date', CASE WHEN date_value IS NOT NULL THEN json_object('value', date_value, 'precision', date_precision, "
    f"'text', date_text, 'span', {_span_full('$.date.span', 'date_text')}, "
    "'rule', json_extract(evidence, '$.date.rule')) END, "
    "'place', CASE WHEN place_name IS NOT NULL THEN json_object('name', place_name, 'country', place_country, "
    "'level', place_level, 'geonameid', geonameid, 'latitude', latitude, 'longitude', longitude, "
    "'admin1', admin1, 'feature_class', feature_class, 'text', place_text, "
    f"'span', {_span_full('$.place.span', 'place_text')}, 'rule', json_extract(evidence, '$.place.rule')) END, "
    "'rule_id', rule_id) AS JSON)")


def _span_lean(path: str, text_path: str) -> str:
    """The lean span of a full evidence's span at ``path``: its text only where it differs."""
    return (f"CASE WHEN json_type(evidence, '{path}') = 'OBJECT' THEN CASE WHEN "
            f"json_extract_string(evidence, '{path}.text') IS NOT DISTINCT FROM json_extract_string(evidence, '{text_path}') "
            f"THEN json_object('start', json_extract(evidence, '{path}.start'), 'end', json_extract(evidence, '{path}.end')) "
            f"ELSE json_object('start', json_extract(evidence, '{path}.start'), 'end', json_extract(evidence, '{path}.end'), "
            f"'text', json_extract(evidence, '{path}.text')) END END")


def _actor_lean(role: str) -> str:
    base = f"$.{role}"
    kept = ", ".join(f"'{key}', json_extract(evidence, '{base}.{key}')"
                     for key in ("country", "sectors", "kind", "wikidata", "how"))
    return (f"CASE WHEN json_type(evidence, '{base}') = 'OBJECT' THEN json_object("
            f"'span', {_span_lean(base + '.span', base + '.text')}, {kept}) END")


def _circumstance_lean(name: str) -> str:
    base = f"$.{name}"
    return (f"CASE WHEN json_type(evidence, '{base}') = 'OBJECT' THEN json_object("
            f"'span', {_span_lean(base + '.span', base + '.text')}, 'rule', json_extract(evidence, '{base}.rule')) END")


LEAN_EVIDENCE = (
    f"CAST(json_object('source', {_actor_lean('source')}, 'target', {_actor_lean('target')}, "
    "'reporter', json_extract(evidence, '$.reporter'), "
    f"'date', {_circumstance_lean('date')}, 'place', {_circumstance_lean('place')}) AS JSON)")

MENTION_TABLE_COLUMNS = MIGRATIONS[0][1][MIGRATIONS[0][1].index("mention_id VARCHAR PRIMARY KEY"):
                                         MIGRATIONS[0][1].index("evidence JSON") + len("evidence JSON")]

MIGRATIONS += (
    (5, f"""
    CREATE TABLE mention_rows ({MENTION_TABLE_COLUMNS}, dedup_group VARCHAR);
    INSERT INTO mention_rows SELECT * REPLACE ({LEAN_EVIDENCE} AS evidence) FROM mentions;
    DROP VIEW events;
    DROP INDEX mentions_article;
    DROP TABLE mentions;
    CREATE INDEX mention_rows_article ON mention_rows(article_id);
    CREATE VIEW mentions AS SELECT * REPLACE ({FULL_EVIDENCE} AS evidence) FROM mention_rows;
    {MIGRATIONS[2][1][MIGRATIONS[2][1].index("CREATE VIEW events"):MIGRATIONS[2][1].index("FROM mentions GROUP BY event_key;")]}FROM mention_rows GROUP BY event_key;
    """),
)

SCHEMA_VERSION = MIGRATIONS[-1][0]
