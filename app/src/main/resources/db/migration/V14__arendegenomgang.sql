-- Ärendegenomgång: a section's gruppledare or biträdande enhetschef goes through a case with
-- the caseworker (at least every third month).
CREATE TABLE arendegenomgang (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id       BIGINT         NOT NULL,
    sektion         VARCHAR(40)    NOT NULL,
    datum           DATE           NOT NULL,
    handlaggare     VARCHAR(64)    NOT NULL,
    anteckning      VARCHAR(4000)  NOT NULL,
    genomford_av    VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_arendegenomgang_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_arendegenomgang_arende ON arendegenomgang (arende_id, datum);
