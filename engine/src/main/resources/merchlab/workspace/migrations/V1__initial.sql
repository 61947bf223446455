-- Schema version 1: the workspace as first released.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE products (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  description   TEXT,
  brand         TEXT,
  category      TEXT,            -- category path, levels joined by ' > '
  price         REAL,
  currency      TEXT,
  sale_price    REAL,
  availability  TEXT,
  color         TEXT,
  size          TEXT,
  material      TEXT,
  gender        TEXT,
  link          TEXT,
  image_link    TEXT,
  item_group_id TEXT,
  attributes    TEXT,            -- JSON object of every other column
  updated_at    INTEGER NOT NULL -- epoch ms of the import that wrote the row
);
CREATE INDEX products_category ON products(category);
CREATE INDEX products_brand ON products(brand);

CREATE TABLE users (
  id         TEXT PRIMARY KEY,
  attributes TEXT
);

-- One row per behaviour event. id is a 63-bit hash of the event's natural key,
-- so importing the same file twice adds nothing.
CREATE TABLE events (
  id         INTEGER PRIMARY KEY,
  ts         INTEGER NOT NULL,   -- epoch ms, UTC
  user_id    TEXT,
  session_id TEXT,
  type       TEXT NOT NULL CHECK (type IN ('search','impression','click','view','add_to_cart','purchase')),
  product_id TEXT,
  query      TEXT,
  position   INTEGER,
  device     TEXT,
  dwell_ms   INTEGER,
  price      REAL,
  quantity   INTEGER,
  request_id TEXT,               -- groups the impressions of one result list
  true_ctr   REAL                -- generated data only: the true click probability
);
CREATE INDEX events_user_ts ON events(user_id, ts);
CREATE INDEX events_product ON events(product_id);

CREATE TABLE judgments (
  query      TEXT NOT NULL,
  product_id TEXT NOT NULL,
  grade      REAL NOT NULL,
  PRIMARY KEY (query, product_id)
);

CREATE TABLE embeddings (
  encoder   TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('product','query','user')),
  key       TEXT NOT NULL,
  text_hash INTEGER NOT NULL,
  vector    BLOB NOT NULL,       -- little-endian float32
  PRIMARY KEY (encoder, kind, key)
);

CREATE TABLE models (
  name           TEXT PRIMARY KEY,
  kind           TEXT NOT NULL,
  settings       TEXT NOT NULL,  -- JSON
  feature_schema TEXT,           -- JSON
  metrics        TEXT,           -- JSON
  parent         TEXT REFERENCES models(name) ON DELETE SET NULL,
  data_from      INTEGER,
  data_to        INTEGER,
  device         TEXT,
  created_at     INTEGER NOT NULL,
  parameters     BLOB
);

CREATE TABLE evaluation_runs (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  model      TEXT NOT NULL,
  kind       TEXT NOT NULL,
  protocol   TEXT NOT NULL,
  metrics    TEXT NOT NULL,      -- JSON
  created_at INTEGER NOT NULL
);

CREATE TABLE import_reports (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  file        TEXT NOT NULL,
  format      TEXT NOT NULL,
  started_at  INTEGER NOT NULL,
  finished_at INTEGER,
  status      TEXT NOT NULL CHECK (status IN ('running','completed','failed','cancelled')),
  accepted    INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0,
  message     TEXT
);

CREATE TABLE import_rejections (
  report_id INTEGER NOT NULL REFERENCES import_reports(id) ON DELETE CASCADE,
  file      TEXT NOT NULL,
  line      INTEGER NOT NULL,
  reason    TEXT NOT NULL
);
CREATE INDEX import_rejections_report ON import_rejections(report_id);
