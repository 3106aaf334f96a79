-- Ketenregie schema 1: the change log and the tables materialised from it.
--
-- Every replicated fact is a row of `change`. The other tables are a pure
-- function of the log: `head` holds, per field of a record, the changes no
-- other change of that field names as a parent, and each record table holds
-- the resolved value of every field of its live records. `check` rebuilds
-- them from the log and compares.

-- Facts about this database file that never replicate.
CREATE TABLE local (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Devices this database has heard of; the local one is named in `local`.
CREATE TABLE device (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- One row per field written. (origin, seq) numbers the changes of one device
-- without gaps; hash chains them: sha256 of the previous hash and this change.
-- parents: space-separated ids ("origin:seq") of the heads this change replaced.
-- hlc: hybrid logical clock (milliseconds << 16 | counter), for display and
-- tie-breaks only; conflicts are decided by parents.
-- nonce salts the value's digest in the chain (see data/change.go), so that
-- erasing a value (AVG) leaves the chain verifiable and the value unguessable.
CREATE TABLE change (
    origin    TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    parents   TEXT    NOT NULL DEFAULT '',
    hlc       INTEGER NOT NULL,
    nonce     TEXT    NOT NULL DEFAULT '',
    hash      TEXT    NOT NULL,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE INDEX change_record ON change (entity_id, field);

CREATE TABLE head (
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    origin    TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (entity_id, field, origin, seq)
) WITHOUT ROWID;
CREATE INDEX head_entity ON head (entity, field);

-- Record tables. Every value is the canonical text of its field type
-- (data/kind.go); sort_key is the folded title, for Dutch list order.

CREATE TABLE municipality (
    id            TEXT PRIMARY KEY,
    cbs_code      TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL DEFAULT '',
    safety_region TEXT NOT NULL DEFAULT '',
    subregion     TEXT NOT NULL DEFAULT '',
    retired       TEXT NOT NULL DEFAULT 'false',
    successor_id  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    sort_key      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cluster (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL DEFAULT '',
    lead_municipality_id TEXT NOT NULL DEFAULT '',
    municipality_ids     TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    sort_key             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE organisation (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL DEFAULT '',
    type            TEXT NOT NULL DEFAULT '',
    municipality_id TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contact (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL DEFAULT '',
    organisation_id  TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    municipality_ids TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    last_reviewed    TEXT NOT NULL DEFAULT '',
    sort_key         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agreement (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL DEFAULT '',
    type             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT '',
    level            TEXT NOT NULL DEFAULT '',
    municipality_ids TEXT NOT NULL DEFAULT '',
    owner_id         TEXT NOT NULL DEFAULT '',
    signed_date      TEXT NOT NULL DEFAULT '',
    start_date       TEXT NOT NULL DEFAULT '',
    end_date         TEXT NOT NULL DEFAULT '',
    evaluation_date  TEXT NOT NULL DEFAULT '',
    legal_basis      TEXT NOT NULL DEFAULT '',
    personal_data    TEXT NOT NULL DEFAULT 'false',
    reference        TEXT NOT NULL DEFAULT '',
    replaces_id      TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    sort_key         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE party (
    id              TEXT PRIMARY KEY,
    agreement_id    TEXT NOT NULL DEFAULT '',
    organisation_id TEXT NOT NULL DEFAULT '',
    signatory       TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL DEFAULT '',
    municipality_id TEXT NOT NULL DEFAULT '',
    cluster_id      TEXT NOT NULL DEFAULT '',
    period_start    TEXT NOT NULL DEFAULT '',
    period_end      TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT '',
    version         TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    adopted_by      TEXT NOT NULL DEFAULT '',
    adopted_date    TEXT NOT NULL DEFAULT '',
    reference       TEXT NOT NULL DEFAULT '',
    goals           TEXT NOT NULL DEFAULT '',
    results         TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE section (
    id        TEXT PRIMARY KEY,
    plan_id   TEXT NOT NULL DEFAULT '',
    parent_id TEXT NOT NULL DEFAULT '',
    position  TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    sort_key  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE block (
    id         TEXT PRIMARY KEY,
    section_id TEXT NOT NULL DEFAULT '',
    position   TEXT NOT NULL DEFAULT '',
    style      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    sort_key   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE action (
    id        TEXT PRIMARY KEY,
    plan_id   TEXT NOT NULL DEFAULT '',
    position  TEXT NOT NULL DEFAULT '',
    title     TEXT NOT NULL DEFAULT '',
    theme     TEXT NOT NULL DEFAULT '',
    owner     TEXT NOT NULL DEFAULT '',
    partners  TEXT NOT NULL DEFAULT '',
    planning  TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    sort_key  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE assessment (
    id              TEXT PRIMARY KEY,
    municipality_id TEXT NOT NULL DEFAULT '',
    date            TEXT NOT NULL DEFAULT '',
    item            TEXT NOT NULL DEFAULT '',
    level           TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE planversion (
    id       TEXT PRIMARY KEY,
    plan_id  TEXT NOT NULL DEFAULT '',
    version  TEXT NOT NULL DEFAULT '',
    date     TEXT NOT NULL DEFAULT '',
    author   TEXT NOT NULL DEFAULT '',
    change   TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT ''
);
