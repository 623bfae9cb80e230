-- Returns within a year: set on a closed case's reporting row when the client applies again
-- within 365 days (the new case's foregaende_arende_id), in the same transaction as the application.
ALTER TABLE rapport_avslut ADD COLUMN aterkomst_inom_ar BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE rapport_avslut SET aterkomst_inom_ar = TRUE
    WHERE arende_id IN (SELECT foregaende_arende_id FROM arende WHERE foregaende_arende_id IS NOT NULL);
CREATE INDEX ix_arende_foregaende ON arende (foregaende_arende_id);
CREATE INDEX ix_arende_ansokningsdatum ON arende (ansokningsdatum);
CREATE INDEX ix_arende_avslutad ON arende (avslutad);
