-- ix_rapport_avslut_individ (V26) covers the closures' report with the columns of the index it replaces.
DROP INDEX ix_rapport_avslut_tackande;
-- every closure row has its client since V26
ALTER TABLE rapport_avslut ALTER COLUMN klient_id SET NOT NULL;
