-- Medhandläggning: another section brought into a case for a need of its own.
CREATE TABLE medhandlaggning (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id       BIGINT         NOT NULL,
    sektion         VARCHAR(40)    NOT NULL,
    behov           VARCHAR(2000)  NOT NULL,
    begard          DATE           NOT NULL,
    begard_av       VARCHAR(64)    NOT NULL,
    beslutad        DATE,
    beslutad_av     VARCHAR(64),
    CONSTRAINT fk_medhandlaggning_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_medhandlaggning_arende ON medhandlaggning (arende_id);
