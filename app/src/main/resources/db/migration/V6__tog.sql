-- Tak över huvudet-garantin (TOG): mottagningen's evening assessment of the right to emergency shelter.
CREATE TABLE tog_bedomning (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    klient_id            BIGINT         NOT NULL,
    bedomd               TIMESTAMP(6)   NOT NULL,
    alder                INT            NOT NULL,
    hemlos               BOOLEAN        NOT NULL,
    missbruk_eller_psykisk_ohalsa BOOLEAN NOT NULL,
    tillhor_stockholm    BOOLEAN        NOT NULL,
    regelns_forslag      VARCHAR(200)   NOT NULL,
    beslut               VARCHAR(20)    NOT NULL,
    nattlogi             VARCHAR(200),
    motivering           VARCHAR(2000)  NOT NULL,
    bedomd_av            VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_tog_klient FOREIGN KEY (klient_id) REFERENCES klient (id)
);
CREATE INDEX ix_tog_bedomd ON tog_bedomning (bedomd);
