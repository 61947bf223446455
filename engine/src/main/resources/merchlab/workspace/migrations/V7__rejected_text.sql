-- Schema version 7: a rejected row as the file wrote it (its first line, shortened), for showing beside the reason.
ALTER TABLE import_rejections ADD COLUMN text TEXT;
