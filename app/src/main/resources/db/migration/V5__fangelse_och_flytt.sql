-- A short prison sentence keeps the case open; a move away is closed with a handover.
ALTER TABLE arende ADD COLUMN anstalt VARCHAR(200);
ALTER TABLE arende ADD COLUMN frigivningsdatum DATE;

CREATE TABLE flyttoverlamning (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id          BIGINT        NOT NULL,
    mottagare          VARCHAR(200)  NOT NULL,
    overlamningsdatum  DATE          NOT NULL,
    satt               VARCHAR(30)   NOT NULL,
    kontaktperson      VARCHAR(200),
    anteckning         VARCHAR(2000),
    registrerad_av     VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_flyttoverlamning_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
