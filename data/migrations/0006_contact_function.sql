-- Ketenregie schema 6: a contact's job title (functie), free text beside
-- the role from the fixed list.
--
-- A colleague on a newer version may already have sent job titles; they
-- are in the log and its heads, kept for this day. The column takes the
-- value materialise would (resolve in materialise.go): of the heads of
-- the field, the highest clock, then the highest origin. A contact that
-- is not in the table (deleted, erased) has no row to fill.

ALTER TABLE contact ADD COLUMN function TEXT NOT NULL DEFAULT '';

UPDATE contact SET function = (
    SELECT c.value FROM head h JOIN change c ON c.origin = h.origin AND c.seq = h.seq
    WHERE h.entity_id = contact.id AND h.field = 'function'
    ORDER BY c.hlc DESC, c.origin DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM head h WHERE h.entity_id = contact.id AND h.field = 'function');
