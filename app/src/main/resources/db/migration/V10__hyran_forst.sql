-- Hyran först: the monthly open house where clients get help to pay the rent, the visits on each
-- client's case, rent-debt reports for trial apartments and the invitations they give.
CREATE TABLE hyran_forst_tillfalle (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    datum                DATE           NOT NULL,
    plats                VARCHAR(200)   NOT NULL,
    stangt               DATE
);

CREATE TABLE hyran_forst_besok (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    tillfalle_id         BIGINT         NOT NULL,
    arende_id            BIGINT         NOT NULL,
    hjalp                VARCHAR(30)    NOT NULL,
    anteckning           VARCHAR(2000),
    registrerad_av       VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_besok_tillfalle FOREIGN KEY (tillfalle_id) REFERENCES hyran_forst_tillfalle (id),
    CONSTRAINT fk_besok_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_besok_arende ON hyran_forst_besok (arende_id);

CREATE TABLE hyresskuld (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    forsokslagenhet_id   BIGINT         NOT NULL,
    anmald               DATE           NOT NULL,
    anmald_av            VARCHAR(20)    NOT NULL,
    belopp               INT            NOT NULL,
    anteckning           VARCHAR(2000),
    registrerad_av       VARCHAR(64)    NOT NULL,
    atgard               VARCHAR(2000),
    hanterad             DATE,
    hanterad_av          VARCHAR(64),
    CONSTRAINT fk_hyresskuld_forsokslagenhet FOREIGN KEY (forsokslagenhet_id) REFERENCES forsokslagenhet (id)
);
CREATE INDEX ix_hyresskuld_forsokslagenhet ON hyresskuld (forsokslagenhet_id);

CREATE TABLE hyran_forst_inbjudan (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id            BIGINT         NOT NULL,
    hyresskuld_id        BIGINT         NOT NULL,
    inbjuden             DATE           NOT NULL,
    tillfalle_id         BIGINT,
    CONSTRAINT fk_inbjudan_arende FOREIGN KEY (arende_id) REFERENCES arende (id),
    CONSTRAINT fk_inbjudan_hyresskuld FOREIGN KEY (hyresskuld_id) REFERENCES hyresskuld (id),
    CONSTRAINT fk_inbjudan_tillfalle FOREIGN KEY (tillfalle_id) REFERENCES hyran_forst_tillfalle (id)
);
CREATE INDEX ix_inbjudan_tillfalle ON hyran_forst_inbjudan (tillfalle_id);
