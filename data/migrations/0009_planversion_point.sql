-- Ketenregie schema 9: a plan version records the point in the change log
-- it stands for, so the plan as it was then can be printed again, the same
-- on every copy.
--
-- A colleague on a newer version may already have sent versions with
-- their point; the store builds the column from the log (as for a new
-- kind in schema 8).
--
-- materialise: planversion

ALTER TABLE planversion ADD COLUMN point TEXT NOT NULL DEFAULT '';
