-- The unit counts individuals, not cases: each closure carries its client, so that a client closed
-- twice in a period counts once (the last closure; INDIKATORER.md).
ALTER TABLE rapport_avslut ADD COLUMN klient_id BIGINT;
UPDATE rapport_avslut SET klient_id = (SELECT a.klient_id FROM arende a WHERE a.id = rapport_avslut.arende_id);
-- (V29, per database, makes the column NOT NULL: H2 and MariaDB share no syntax for it)
-- the closures' report reads every column it needs from this index (V29 drops the one it replaces)
CREATE INDEX ix_rapport_avslut_individ ON rapport_avslut (avslutsdatum, sektion, kon, klient_id, stadigvarande,
    egen_forsorjning, aterkomst_inom_ar, boende, orsak, dagar);

-- Active at jobbtorg, the city's labour-market service, as the caseworker records it at each follow-up;
-- counted among the clients with economic assistance, read from the index alone.
ALTER TABLE arendeuppfoljning ADD COLUMN jobbtorg VARCHAR(20);
CREATE INDEX ix_insats_typ ON insats (typ, startdatum, slutdatum, arende_id, kon, sektion);
CREATE INDEX ix_uppfoljning_jobbtorg ON arendeuppfoljning (arende_id, uppfoljningsdatum);
