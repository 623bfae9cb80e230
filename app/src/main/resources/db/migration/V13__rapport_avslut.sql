-- The unit's figures: one row per closed case, written in the closing transaction, so reports
-- count rows here instead of the engine's history.
CREATE TABLE rapport_avslut (
    arende_id            BIGINT         NOT NULL PRIMARY KEY,
    ansokningsdatum      DATE           NOT NULL,
    avslutsdatum         DATE           NOT NULL,
    kon                  VARCHAR(10)    NOT NULL,
    sektion              VARCHAR(40),
    orsak                VARCHAR(30)    NOT NULL,
    boende               VARCHAR(50)    NOT NULL,
    stadigvarande        BOOLEAN        NOT NULL,
    egen_forsorjning     VARCHAR(20)    NOT NULL,
    dagar                INT            NOT NULL,
    CONSTRAINT fk_rapport_avslut_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_rapport_avslut_datum ON rapport_avslut (avslutsdatum, kon);
