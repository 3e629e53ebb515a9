-- Dyad's store, version 2. Documented in docs/store.md. Version 1 stores are upgraded by
-- EventStore (the two provenance columns of articles and the skipped table are added).
-- Counts across articles (NumMentions, NumSources, NumArticles) are not stored: the view
-- events derives them from mentions, so an interrupted ingest can never leave them wrong.

CREATE TABLE IF NOT EXISTS dyad_store (version INTEGER NOT NULL);

-- One row per article: its identity is the SHA-256 of its id and text. seq numbers articles
-- in the order they were stored, which is input order. dyad_version and coding say what coded
-- it: the Dyad version and a digest of the dictionaries, patterns and options (null: unknown,
-- coded before version 2). They are the last columns, where an upgrade adds them.
CREATE TABLE IF NOT EXISTS articles (
    article_key    VARCHAR PRIMARY KEY,
    seq            BIGINT NOT NULL UNIQUE,
    id             VARCHAR NOT NULL,
    published      DATE NOT NULL,
    published_from VARCHAR NOT NULL,
    source         VARCHAR,
    url            VARCHAR,
    title          VARCHAR,
    origin         VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    events         INTEGER NOT NULL,
    record         JSON NOT NULL,
    ingested_at    TIMESTAMP NOT NULL,
    dyad_version   VARCHAR,
    coding         VARCHAR
);

-- One row per distinct event: same date, source, target, code and place. Query the view
-- events, which adds the counts.
CREATE TABLE IF NOT EXISTS coded_events (
    event_id       BIGINT PRIMARY KEY,
    date           VARCHAR NOT NULL,
    source_code    VARCHAR NOT NULL,
    source_name    VARCHAR,
    source_country VARCHAR,
    target_code    VARCHAR,
    target_name    VARCHAR,
    target_country VARCHAR,
    cameo          VARCHAR NOT NULL,
    cameo_root     VARCHAR NOT NULL,
    label          VARCHAR,
    plover         VARCHAR,
    plover_mode    VARCHAR,
    quad_class     INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    negated        BOOLEAN NOT NULL,
    place          JSON
);

-- One row per article that reports an event, with the words it was coded from.
CREATE TABLE IF NOT EXISTS mentions (
    event_id       BIGINT NOT NULL,
    article_key    VARCHAR NOT NULL,
    record_event   VARCHAR NOT NULL,
    sentence       INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    evidence       VARCHAR NOT NULL,
    trigger        VARCHAR,
    pattern        VARCHAR,
    date_text      VARCHAR,
    source_text    VARCHAR,
    target_text    VARCHAR,
    speaker        VARCHAR,
    confidence     DOUBLE NOT NULL,
    sentences      INTEGER NOT NULL,
    PRIMARY KEY (event_id, article_key)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_key    VARCHAR NOT NULL,
    n              INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    speaker_name   VARCHAR,
    speaker_code   VARCHAR,
    verb           VARCHAR,
    sentence       INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    PRIMARY KEY (article_key, n)
);

-- Every actor mention found in an article, coded or not.
CREATE TABLE IF NOT EXISTS actors (
    article_key    VARCHAR NOT NULL,
    n              INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    code           VARCHAR,
    name           VARCHAR,
    country        VARCHAR,
    role           VARCHAR,
    type           VARCHAR,
    sentence       INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    PRIMARY KEY (article_key, n)
);

-- Inputs that could not be coded. line is 0 for a whole file.
CREATE TABLE IF NOT EXISTS errors (
    file           VARCHAR NOT NULL,
    line           INTEGER NOT NULL,
    reason         VARCHAR NOT NULL,
    first_seen     TIMESTAMP NOT NULL,
    PRIMARY KEY (file, line, reason)
);

-- Articles read but not coded: not in English. Their keys count as stored, so a rerun skips them.
CREATE TABLE IF NOT EXISTS skipped (
    article_key    VARCHAR PRIMARY KEY,
    id             VARCHAR NOT NULL,
    file           VARCHAR NOT NULL,
    line           INTEGER NOT NULL,
    language       VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    first_seen     TIMESTAMP NOT NULL
);

CREATE OR REPLACE VIEW events AS
WITH counts AS (
SELECT m.event_id,
       CAST(sum(m.sentences) AS BIGINT)          AS num_mentions,
       count(DISTINCT coalesce(a.source, a.id))   AS num_sources,
       count(DISTINCT m.article_key)              AS num_articles,
       min(m.sentence)                            AS first_sentence,
       arg_min(coalesce(a.url, a.id), (a.published, a.seq)) AS first_url,
       min(a.ingested_at)                         AS first_added
FROM mentions m JOIN articles a USING (article_key)
GROUP BY m.event_id
)
SELECT e.*, c.* EXCLUDE (event_id) FROM coded_events e JOIN counts c USING (event_id);
