-- The figures count cases by sex, flow and section without joining each case to its client: a
-- case keeps the client's sex as it was at the application, and so do its interventions and SIPs.
-- The indexes cover the report's queries, so a year of 20,000 closures is read from the index
-- alone (see BENCHMARKS.md).
ALTER TABLE arende ADD COLUMN kon VARCHAR(10);
UPDATE arende SET kon = (SELECT k.kon FROM klient k WHERE k.id = arende.klient_id);
-- (every case gets it from here on; H2 and MariaDB share no syntax to make the column NOT NULL afterwards)

CREATE INDEX ix_arende_rapport_ansokan ON arende (ansokningsdatum, kon, ansvarig_sektion);
CREATE INDEX ix_arende_rapport_avslut ON arende (avslutad, kon, ansvarig_sektion, ansokningsdatum);
CREATE INDEX ix_rapport_avslut_tackande ON rapport_avslut (avslutsdatum, kon, sektion, stadigvarande, egen_forsorjning,
    aterkomst_inom_ar, boende, dagar);
ALTER TABLE insats ADD COLUMN kon VARCHAR(10);
UPDATE insats SET kon = (SELECT a.kon FROM arende a WHERE a.id = insats.arende_id);
-- interventions end with their case (from now on at closure); those of cases closed before ran on
-- (one that had not begun ends at its start, as Insats.avsluta does)
UPDATE insats SET slutdatum = (SELECT GREATEST(a.avslutad, insats.startdatum) FROM arende a WHERE a.id = insats.arende_id)
    WHERE slutdatum IS NULL AND EXISTS (SELECT 1 FROM arende a WHERE a.id = insats.arende_id AND a.avslutad IS NOT NULL);
CREATE INDEX ix_insats_rapport ON insats (slutdatum, typ, startdatum, sektion, kon, kostnad_per_dygn);
ALTER TABLE sip ADD COLUMN kon VARCHAR(10);
UPDATE sip SET kon = (SELECT a.kon FROM arende a WHERE a.id = sip.arende_id);
CREATE INDEX ix_sip_rapport ON sip (behov_registrerat, sektion, kon, erbjuden, svar);
