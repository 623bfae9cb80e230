-- Contact attempts before closing a case whose client has not been heard from.

ALTER TABLE arende ADD COLUMN senast_kontakt DATE;
UPDATE arende SET senast_kontakt = ansokningsdatum;

CREATE TABLE kontaktforsok (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id       BIGINT        NOT NULL,
    tidpunkt        TIMESTAMP(6)  NOT NULL,
    kanal           VARCHAR(30)   NOT NULL,
    resultat        VARCHAR(30)   NOT NULL,
    anteckning      VARCHAR(2000),
    registrerad_av  VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_kontaktforsok_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_kontaktforsok_arende ON kontaktforsok (arende_id, tidpunkt);
