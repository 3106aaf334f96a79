-- Ketenregie schema 8: activities (trainings, awareness work, meetings),
-- the region's own measures and figures (aggregate counts per
-- municipality or cluster and period).
--
-- A colleague on a newer version may already have sent such records: the
-- previous version kept them in the log as a kind it did not know. The
-- line below has the store build their rows from the log, in this same
-- transaction, as materialise does for any record.
--
-- materialise: activity measure figure

CREATE TABLE activity (
    id                   TEXT PRIMARY KEY,
    title                TEXT NOT NULL DEFAULT '',
    type                 TEXT NOT NULL DEFAULT '',
    date                 TEXT NOT NULL DEFAULT '',
    end_date             TEXT NOT NULL DEFAULT '',
    target_groups        TEXT NOT NULL DEFAULT '',
    municipality_ids     TEXT NOT NULL DEFAULT '',
    organiser_id         TEXT NOT NULL DEFAULT '',
    contact_id           TEXT NOT NULL DEFAULT '',
    participants_planned TEXT NOT NULL DEFAULT '',
    participants         TEXT NOT NULL DEFAULT '',
    action_id            TEXT NOT NULL DEFAULT '',
    theme                TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    sort_key             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE measure (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    sort_key    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE figure (
    id              TEXT PRIMARY KEY,
    municipality_id TEXT NOT NULL DEFAULT '',
    cluster_id      TEXT NOT NULL DEFAULT '',
    period          TEXT NOT NULL DEFAULT '',
    measure         TEXT NOT NULL DEFAULT '',
    measure_id      TEXT NOT NULL DEFAULT '',
    count           TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT ''
);

CREATE INDEX activity_date ON activity (date);
CREATE INDEX activity_action ON activity (action_id);
CREATE INDEX figure_cell ON figure (measure, measure_id, period);
CREATE INDEX figure_municipality ON figure (municipality_id);
