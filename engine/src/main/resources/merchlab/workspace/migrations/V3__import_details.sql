-- Schema version 3: what each import skipped and found already stored, and its per-table details.
ALTER TABLE import_reports ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_reports ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_reports ADD COLUMN details TEXT;
