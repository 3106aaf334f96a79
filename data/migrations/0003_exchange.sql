-- Ketenregie schema 3: what exchanging files with colleagues needs.
--
-- Every device signs its exchange files with its own ed25519 key; the
-- public key of each device is remembered the first time a file of it
-- arrives (trust on first use), and a later file signed with another key
-- for the same device is refused. peer_known records, per colleague's
-- device, the highest change of each origin that device is known to hold,
-- so an export can carry only what that colleague lacks.

ALTER TABLE device ADD COLUMN public_key TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN last_import TEXT NOT NULL DEFAULT '';

CREATE TABLE peer_known (
    device TEXT    NOT NULL,
    origin TEXT    NOT NULL,
    seq    INTEGER NOT NULL,
    PRIMARY KEY (device, origin)
) WITHOUT ROWID;
