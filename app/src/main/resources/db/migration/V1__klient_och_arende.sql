-- Domain tables of Hemväg. Portable SQL: the same script runs on H2 and MariaDB.

CREATE TABLE klient (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    identitetstyp     VARCHAR(20)  NOT NULL,
    identitetsnummer  VARCHAR(20)  NOT NULL,
    fodelsedatum      DATE         NOT NULL,
    kon               VARCHAR(10)  NOT NULL,
    fornamn           VARCHAR(100) NOT NULL,
    efternamn         VARCHAR(100) NOT NULL,
    telefon           VARCHAR(30),
    skapad            TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_klient_identitetsnummer UNIQUE (identitetsnummer)
);

CREATE SEQUENCE arendenummer_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE arende (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    arendenummer          VARCHAR(20)  NOT NULL,
    klient_id             BIGINT       NOT NULL,
    status                VARCHAR(40)  NOT NULL,
    kanal                 VARCHAR(30)  NOT NULL,
    ansokningsdatum       DATE         NOT NULL,
    ansokan_anteckning    VARCHAR(2000),
    ansvarig_sektion      VARCHAR(40),
    utredning_paborjad    DATE,
    utredningsinstrument  VARCHAR(10),
    utredning_plan        VARCHAR(4000),
    avslutad              DATE,
    oppet_for_klient      BIGINT,
    registrerad_av        VARCHAR(64)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_arende_arendenummer UNIQUE (arendenummer),
    -- at most one open case per person: the column holds the client id while the case is open
    CONSTRAINT uk_arende_oppet_for_klient UNIQUE (oppet_for_klient),
    CONSTRAINT fk_arende_klient FOREIGN KEY (klient_id) REFERENCES klient (id)
);
CREATE INDEX ix_arende_status ON arende (status);
CREATE INDEX ix_arende_sektion ON arende (ansvarig_sektion);

CREATE TABLE tillhorighetsutredning (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id             BIGINT       NOT NULL,
    kontakt_stadsdel      BOOLEAN      NOT NULL,
    stadsdel              VARCHAR(40),
    kontakt_barn          BOOLEAN      NOT NULL,
    alder                 INT          NOT NULL,
    hemloshetssituation   VARCHAR(40)  NOT NULL,
    behov_ekonomi         BOOLEAN      NOT NULL,
    behov_missbruk        BOOLEAN      NOT NULL,
    behov_psykisk_ohalsa  BOOLEAN      NOT NULL,
    behov_aldre_somatik   BOOLEAN      NOT NULL,
    anteckning            VARCHAR(4000),
    beslut                VARCHAR(30)  NOT NULL,
    utredd_av             VARCHAR(64)  NOT NULL,
    utredd_datum          DATE         NOT NULL,
    CONSTRAINT fk_tillhorighet_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);

CREATE TABLE overlamning (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id          BIGINT        NOT NULL,
    anledning          VARCHAR(30)   NOT NULL,
    mottagare          VARCHAR(200)  NOT NULL,
    overlamningsdatum  DATE          NOT NULL,
    satt               VARCHAR(30)   NOT NULL,
    kontaktperson      VARCHAR(200),
    anteckning         VARCHAR(2000),
    registrerad_av     VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_overlamning_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
