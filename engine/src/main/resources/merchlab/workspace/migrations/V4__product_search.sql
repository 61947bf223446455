-- Schema version 4: full-text product search (BM25 through SQLite FTS5).
-- Text is analysed in Java before it is stored (Chinese runs become characters and overlapping character pairs),
-- so the index is filled and kept in step with products by the search code, not by triggers.
CREATE VIRTUAL TABLE product_search USING fts5(
  product_id UNINDEXED,
  title,
  brand,
  category,
  description,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Which version of each product the full-text index holds.
CREATE TABLE product_search_state (
  product_id TEXT PRIMARY KEY,
  updated_at INTEGER NOT NULL,
  fts_rowid  INTEGER NOT NULL
);
