-- The snapshot keeps the org codes alone, one per frame line in frame order, instead of the org
-- text USCC,ORG_CODE: that text repeated every USCC of the frame, 23 MB more to write at announce
-- and read back at execute for a million entities (bench/draw). orgs.csv and its hash orgsHash
-- are unchanged: the canonical org text is rebuilt from the frame and these codes, byte for byte.
ALTER TABLE draw_announcement ADD COLUMN org_codes BYTEA;
UPDATE draw_announcement
   SET org_codes = convert_to(regexp_replace(convert_from(orgs, 'UTF8'), '^[^,\n]*,', '', 'gn'), 'UTF8');
ALTER TABLE draw_announcement ALTER COLUMN org_codes SET NOT NULL;
ALTER TABLE draw_announcement ALTER COLUMN org_codes SET STORAGE EXTERNAL;
ALTER TABLE draw_announcement DROP COLUMN orgs;
