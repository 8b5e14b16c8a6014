-- Qimma's store, schema version 2 (Store.SCHEMA_VERSION). One SQLite file beside a Lucene index (index/).
-- article holds what was read and its record as JSON (shared/spec/RECORD.md, with spans);
-- the other tables are that record taken apart for queries, each row with its evidence span.
CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO store_info VALUES ('schema_version', '2');

CREATE TABLE IF NOT EXISTS article (
  id INTEGER PRIMARY KEY,
  text_key TEXT NOT NULL UNIQUE,   -- SHA-256 of the normalised text: the same article read twice is one
  source TEXT NOT NULL,
  title TEXT,
  published TEXT,                  -- YYYY-MM-DD or null
  date TEXT,                       -- the date the article speaks from: published, else its first held meeting
  language TEXT,
  organisation TEXT,               -- the organisation the article is about: of its first meeting, else its
                                   -- first chairmanship, else the one it names most (a browsing facet)
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_date ON article(date);
CREATE INDEX IF NOT EXISTS article_organisation ON article(organisation);

CREATE TABLE IF NOT EXISTS meeting (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  organisation TEXT, body TEXT, date TEXT, year INTEGER, place TEXT, format TEXT, status TEXT, ordinal INTEGER,
  participants TEXT NOT NULL,      -- JSON list of {text, en, span}
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS meeting_organisation_year ON meeting(organisation, year);

-- the timeline: one row per meeting (organisation, body, date) however many articles tell it, kept
-- by ingest in the same transaction as the meeting rows; '' stands for an unknown organisation or body.
-- held_telling / any_telling name the first stored telling (article_id * 10000 + idx) that reports
-- it held / at all: the one a timeline shows.
CREATE TABLE IF NOT EXISTS timeline (
  organisation TEXT NOT NULL, body TEXT NOT NULL, date TEXT NOT NULL, year INTEGER,
  articles INTEGER NOT NULL, held_telling INTEGER, any_telling INTEGER NOT NULL,
  PRIMARY KEY (organisation, body, date));
CREATE INDEX IF NOT EXISTS timeline_date ON timeline(date);
CREATE INDEX IF NOT EXISTS timeline_organisation_date ON timeline(organisation, date);
CREATE INDEX IF NOT EXISTS timeline_year ON timeline(year, date);

CREATE TABLE IF NOT EXISTS statement (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  speaker TEXT, speaker_en TEXT, speaker_start INTEGER, speaker_end INTEGER,
  quote_or_gist TEXT, kind TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS statement_speaker ON statement(speaker_en);

CREATE TABLE IF NOT EXISTS proposal (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  proposer TEXT, proposer_en TEXT, proposer_state_en TEXT, proposer_start INTEGER, proposer_end INTEGER,
  what TEXT, what_en TEXT, target_date TEXT, status TEXT,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS proposal_state ON proposal(proposer_state_en);

CREATE TABLE IF NOT EXISTS document (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  title TEXT, title_en TEXT, period TEXT, kind TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));

CREATE TABLE IF NOT EXISTS membership (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  state TEXT, state_en TEXT, organisation TEXT, change TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));

CREATE TABLE IF NOT EXISTS chairmanship (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  organisation TEXT, from_state TEXT, to_state TEXT, period TEXT, phase TEXT,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));

CREATE TABLE IF NOT EXISTS mention (
  article_id INTEGER NOT NULL REFERENCES article(id), idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, reason TEXT,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS mention_entity ON mention(entity_id, article_id);

CREATE TABLE IF NOT EXISTS entity (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, label_en TEXT, label_ar TEXT,
  articles INTEGER NOT NULL DEFAULT 0);    -- how many articles mention it, kept by ingest

-- links across articles (RECORD.md "Cross-article links"); a and b are articles, a_idx and b_idx
-- the items in them (meeting, proposal/document, chairmanship) or null; payload is the link as JSON
CREATE TABLE IF NOT EXISTS link (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
  a_article INTEGER NOT NULL REFERENCES article(id), a_idx INTEGER,
  b_article INTEGER NOT NULL REFERENCES article(id), b_idx INTEGER,
  payload TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS link_a ON link(a_article);
CREATE INDEX IF NOT EXISTS link_b ON link(b_article);
CREATE INDEX IF NOT EXISTS link_kind ON link(kind);
