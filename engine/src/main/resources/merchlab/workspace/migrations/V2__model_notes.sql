-- Schema version 2: a free-text note per model, and product lookups by item group.
ALTER TABLE models ADD COLUMN note TEXT;
CREATE INDEX products_group ON products(item_group_id);
