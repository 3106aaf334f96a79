-- Ketenregie schema 7: the coordinator who works on a device, beside the
-- device's name, as colleagues see them both (Collega's, and who changed
-- what). A colleague's person arrives in the manifest of their exchange
-- files. identity_confirmed in local says the coordinator has seen and
-- confirmed both names (asked once, at the first start).

ALTER TABLE device ADD COLUMN person TEXT NOT NULL DEFAULT '';
