-- Återaktualisering: a new application within a year of the client's last closed case.
ALTER TABLE arende ADD COLUMN aterkomst BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE arende ADD COLUMN foregaende_arende_id BIGINT;
CREATE INDEX ix_arende_klient_avslutad ON arende (klient_id, avslutad);
