-- Where a handed-over case went (a district's or another municipality's social services), on the case
-- itself, so the case and its closure show it and not only the engine's history.
ALTER TABLE arende ADD COLUMN overlamnad_till VARCHAR(200);
UPDATE arende SET overlamnad_till = (SELECT MAX(o.mottagare) FROM overlamning o WHERE o.arende_id = arende.id)
 WHERE status IN ('LANKAD_TILL_STADSDEL', 'HANVISAD');
UPDATE arende SET overlamnad_till = (SELECT MAX(f.mottagare) FROM flyttoverlamning f WHERE f.arende_id = arende.id)
 WHERE overlamnad_till IS NULL AND id IN (SELECT arende_id FROM flyttoverlamning);
