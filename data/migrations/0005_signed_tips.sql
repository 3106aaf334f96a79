-- Ketenregie schema 5: who made each change, whoever relays it.
--
-- Every device signs the tip of its own history (its last change's number
-- and hash, which by the hash chain stand for every earlier change of it).
-- signed_tip keeps, per other device, the latest such statement this
-- database holds: its exact bytes and the signature, to check again and to
-- pass on with the device's changes. key_via names the colleague's device
-- whose file first brought a device's key, when that was not the device
-- itself (its key then came by relay; compare fingerprints).

CREATE TABLE signed_tip (
    origin    TEXT    PRIMARY KEY,
    seq       INTEGER NOT NULL,
    statement BLOB    NOT NULL,
    signature BLOB    NOT NULL
) WITHOUT ROWID;

ALTER TABLE device ADD COLUMN key_via TEXT NOT NULL DEFAULT '';
