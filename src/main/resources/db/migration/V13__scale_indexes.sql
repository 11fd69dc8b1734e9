-- Indexes found by the scale benchmark (ten years of a national programme, docs/performance.md):
-- the coordinator's matching register shows the first page of the eligible pool by name; with this
-- index PostgreSQL walks the people in name order and stops after a page, instead of joining and
-- sorting every person (51,000) on each visit. Plain columns, so H2 takes it too.
create index person_name on person (given_name, family_name, id);
