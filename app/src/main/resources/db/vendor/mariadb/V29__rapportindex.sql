-- ix_rapport_avslut_individ (V26) covers the closures' report with the columns of the index it replaces.
DROP INDEX ix_rapport_avslut_tackande ON rapport_avslut;
-- every closure row has its client since V26
ALTER TABLE rapport_avslut MODIFY klient_id BIGINT NOT NULL;
