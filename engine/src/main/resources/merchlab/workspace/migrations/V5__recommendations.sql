-- Schema version 5: the top-N lists of batch scoring, per model and shopper.
CREATE TABLE recommendations (
  model      TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  rank       INTEGER NOT NULL,
  product_id TEXT NOT NULL,
  score      REAL NOT NULL,
  ctr        REAL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (model, user_id, rank)
);
