-- An evening assessment belongs to its client and, when the client has an open case, to that case.
ALTER TABLE tog_bedomning ADD COLUMN arende_id BIGINT;
ALTER TABLE tog_bedomning ADD CONSTRAINT fk_tog_bedomning_arende FOREIGN KEY (arende_id) REFERENCES arende (id);
CREATE INDEX ix_tog_bedomning_klient ON tog_bedomning (klient_id, bedomd);
