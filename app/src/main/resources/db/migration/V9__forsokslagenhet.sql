-- Försökslägenhet: the application and decision, the apartment, housing support, move-in, the
-- takeover review and deviations; and the Lägenhetsinfo sessions with each client's call to them.
CREATE TABLE forsokslagenhet (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id            BIGINT         NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    ansokt               DATE           NOT NULL,
    ansokt_av            VARCHAR(64)    NOT NULL,
    ekonomi_utredd       BOOLEAN        NOT NULL,
    stabilitet           VARCHAR(2000)  NOT NULL,
    beslutsdatum         DATE,
    beslut_motivering    VARCHAR(4000),
    adress               VARCHAR(200),
    hyresvard            VARCHAR(200),
    kontrakt_fran        DATE,
    kontrakt_till        DATE,
    boendestod_utforare  VARCHAR(200),
    boendestod_fran      DATE,
    boendestod_timmar    INT,
    inflyttning          DATE,
    granskning           DATE,
    avslutad             DATE,
    CONSTRAINT fk_forsokslagenhet_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_forsokslagenhet_arende ON forsokslagenhet (arende_id);

CREATE TABLE kontraktsgranskning (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    forsokslagenhet_id   BIGINT         NOT NULL,
    datum                DATE           NOT NULL,
    hyran_betald         BOOLEAN        NOT NULL,
    nya_skulder          BOOLEAN        NOT NULL,
    storningar           BOOLEAN        NOT NULL,
    hyresvardens_syn     VARCHAR(20)    NOT NULL,
    anteckning           VARCHAR(4000),
    resultat             VARCHAR(20)    NOT NULL,
    registrerad_av       VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_granskning_forsokslagenhet FOREIGN KEY (forsokslagenhet_id) REFERENCES forsokslagenhet (id)
);
CREATE INDEX ix_granskning_forsokslagenhet ON kontraktsgranskning (forsokslagenhet_id);

CREATE TABLE avvikelse (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    forsokslagenhet_id   BIGINT         NOT NULL,
    motesdatum           DATE           NOT NULL,
    deltagare            VARCHAR(2000)  NOT NULL,
    orsak                VARCHAR(30)    NOT NULL,
    klientens_syn        VARCHAR(4000)  NOT NULL,
    utfall               VARCHAR(20)    NOT NULL,
    ny_granskning        DATE,
    registrerad_av       VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_avvikelse_forsokslagenhet FOREIGN KEY (forsokslagenhet_id) REFERENCES forsokslagenhet (id)
);
CREATE INDEX ix_avvikelse_forsokslagenhet ON avvikelse (forsokslagenhet_id);

CREATE TABLE lagenhetsinfo_tillfalle (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    borjar               TIMESTAMP(6)   NOT NULL,
    plats                VARCHAR(200)   NOT NULL,
    kapacitet            INT            NOT NULL,
    ledare               VARCHAR(200)   NOT NULL,
    planerat_av          VARCHAR(64)    NOT NULL,
    -- set when the session begins: later calls go to the next session
    deltagarlista_stangd BOOLEAN        NOT NULL DEFAULT FALSE
);

CREATE TABLE lagenhetsinfo_kallelse (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    forsokslagenhet_id   BIGINT         NOT NULL,
    tillfalle_id         BIGINT,
    kallad               DATE           NOT NULL,
    narvarande           BOOLEAN,
    betyg                INT,
    utvardering          VARCHAR(2000),
    parm_utdelad         BOOLEAN,
    registrerad_av       VARCHAR(64),
    CONSTRAINT fk_kallelse_forsokslagenhet FOREIGN KEY (forsokslagenhet_id) REFERENCES forsokslagenhet (id),
    CONSTRAINT fk_kallelse_tillfalle FOREIGN KEY (tillfalle_id) REFERENCES lagenhetsinfo_tillfalle (id)
);
CREATE INDEX ix_kallelse_tillfalle ON lagenhetsinfo_kallelse (tillfalle_id);
CREATE INDEX ix_kallelse_forsokslagenhet ON lagenhetsinfo_kallelse (forsokslagenhet_id);
