-- Schema version 6: tuning runs and every trial they tried (merchlab tune).
CREATE TABLE tuning_runs (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL,
  protocol       TEXT NOT NULL,
  budget_s       REAL NOT NULL,
  seed           INTEGER NOT NULL,
  started_at     INTEGER NOT NULL,
  seconds        REAL,
  best_trial     INTEGER,
  best_model     TEXT,             -- the best trial saved as a model version
  baseline       TEXT,             -- the strongest baseline on the same validation cases
  baseline_ndcg  REAL,
  recommended    TEXT,             -- the model the run recommends: the best trial's, or the baseline's
  verdict        TEXT
);
CREATE TABLE tuning_trials (
  run_id     INTEGER NOT NULL REFERENCES tuning_runs(id),
  trial      INTEGER NOT NULL,      -- in the order run
  config     INTEGER NOT NULL,      -- the drawn setting it tries; 0 is the kind's defaults
  rung       INTEGER NOT NULL,      -- successive-halving round, 0 first
  epochs     INTEGER NOT NULL,
  options    TEXT NOT NULL,         -- JSON: the kind's options
  settings   TEXT NOT NULL,         -- JSON: the shared training settings, seed included
  status     TEXT NOT NULL,         -- finished, stopped (budget or user) or failed
  metrics    TEXT NOT NULL,         -- JSON: validation metrics
  seconds    REAL NOT NULL,
  message    TEXT,
  PRIMARY KEY (run_id, trial)
);
