-- Schema version 8: who graded each judgment (an import, or a person rating a result by hand in Query sets) and when,
-- and the kind of each judged query (exact, paraphrase ...) where its query set says it.
ALTER TABLE judgments ADD COLUMN rater TEXT NOT NULL DEFAULT 'import';
ALTER TABLE judgments ADD COLUMN rated_at INTEGER;
CREATE TABLE query_kinds (
  query TEXT PRIMARY KEY,
  kind  TEXT NOT NULL
);
