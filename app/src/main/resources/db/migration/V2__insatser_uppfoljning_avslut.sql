-- The case after the investigation: decision, interventions, follow-ups and closure.

ALTER TABLE arende ADD COLUMN beslutsdatum DATE;
ALTER TABLE arende ADD COLUMN beslut VARCHAR(20);
ALTER TABLE arende ADD COLUMN beslut_motivering VARCHAR(4000);

CREATE TABLE insats (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id         BIGINT        NOT NULL,
    typ               VARCHAR(30)   NOT NULL,
    startdatum        DATE          NOT NULL,
    slutdatum         DATE,
    utforare          VARCHAR(200)  NOT NULL,
    kostnad_per_dygn  INT           NOT NULL,
    sektion           VARCHAR(40)   NOT NULL,
    registrerad_av    VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_insats_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_insats_sektion_start ON insats (sektion, startdatum);

CREATE TABLE arendeuppfoljning (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id        BIGINT         NOT NULL,
    uppfoljningsdatum DATE          NOT NULL,
    sammanfattning   VARCHAR(4000)  NOT NULL,
    fortsatt         BOOLEAN        NOT NULL,
    registrerad_av   VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_uppfoljning_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);

-- the avslutningsblankett: one row per closed case
CREATE TABLE avslut (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id          BIGINT        NOT NULL,
    orsak              VARCHAR(30)   NOT NULL,
    boende_vid_avslut  VARCHAR(60)   NOT NULL,
    egen_forsorjning   VARCHAR(20)   NOT NULL,
    avslutsdatum       DATE          NOT NULL,
    anteckning         VARCHAR(2000),
    registrerad_av     VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_avslut_arende UNIQUE (arende_id),
    CONSTRAINT fk_avslut_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_avslut_datum ON avslut (avslutsdatum);
