-- Schema version 9: sponsored products. Campaigns with their per-product bids and targeting, and the ad fields of
-- behaviour events. Ad requests are the logged requests themselves (events grouped by request_id): a request's
-- organic list is its impressions with sponsored NULL, its slots are the positions sponsored impressions take.
CREATE TABLE campaigns (
  id           TEXT PRIMARY KEY,
  advertiser   TEXT,
  daily_budget REAL NOT NULL CHECK (daily_budget > 0),
  updated_at   INTEGER NOT NULL  -- epoch ms of the import that wrote the row
);

CREATE TABLE campaign_bids (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  product_id  TEXT NOT NULL,
  bid         REAL NOT NULL CHECK (bid > 0),
  PRIMARY KEY (campaign_id, product_id)
);

CREATE TABLE campaign_targets (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('keyword','category')),
  value       TEXT NOT NULL,
  PRIMARY KEY (campaign_id, kind, value)
);

ALTER TABLE events ADD COLUMN sponsored INTEGER;      -- 1 for an ad's impression or click, NULL otherwise
ALTER TABLE events ADD COLUMN campaign_id TEXT;
ALTER TABLE events ADD COLUMN bid REAL;
ALTER TABLE events ADD COLUMN price_paid REAL;        -- on an ad's click: what the advertiser paid
CREATE INDEX events_sponsored ON events(request_id) WHERE sponsored = 1;
