-- Ketenregie schema 2: indexes for the lists and look-ups the screens make
-- (Dutch order, a record's children, references, dates that fall due).
-- The store is correct without them; they keep it fast with 50,000 contacts.

CREATE INDEX municipality_cbs ON municipality (cbs_code);
CREATE INDEX municipality_sort ON municipality (sort_key);
CREATE INDEX organisation_sort ON organisation (sort_key);
CREATE INDEX contact_sort ON contact (sort_key);
CREATE INDEX contact_organisation ON contact (organisation_id);
CREATE INDEX agreement_evaluation ON agreement (evaluation_date);
CREATE INDEX party_agreement ON party (agreement_id);
CREATE INDEX party_organisation ON party (organisation_id);
CREATE INDEX section_plan ON section (plan_id, parent_id, position);
CREATE INDEX block_section ON block (section_id, position);
CREATE INDEX action_plan ON action (plan_id, position);
CREATE INDEX assessment_municipality ON assessment (municipality_id, date);
CREATE INDEX planversion_plan ON planversion (plan_id);
