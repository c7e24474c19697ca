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

# Migration 4 is taken by the corrections table (issue 14); later ones start at 5.

SCHEMA_VERSION = MIGRATIONS[-1][0]
