-- Stickprov: each month the utredningssekreterare check a random sample of the previous month's
-- investigations for the child perspective (barnperspektivet).

-- one draw per month: the unique month makes a second firing, a retry or a second node draw nothing;
-- DATETIME, not TIMESTAMP, which ends in 2038 on MariaDB
CREATE TABLE stickprov_dragning (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    manad            DATE          NOT NULL,
    dragen           DATETIME(6)   NOT NULL,
    antal_utredningar INT          NOT NULL,
    CONSTRAINT uk_stickprov_dragning_manad UNIQUE (manad)
);

-- one row per sampled investigation; the review's answers once it is done
CREATE TABLE stickprov (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    dragning_id                BIGINT         NOT NULL,
    arende_id                  BIGINT         NOT NULL,
    utredning                  VARCHAR(30)    NOT NULL,
    sektion                    VARCHAR(40)    NOT NULL,
    utredd                     DATE           NOT NULL,
    barn                       VARCHAR(20),
    barnperspektiv_beaktat     VARCHAR(20),
    barnperspektiv_dokumenterat VARCHAR(20),
    orosanmalan                VARCHAR(20),
    bedomning                  VARCHAR(20),
    kommentar                  VARCHAR(1000),
    granskad_av                VARCHAR(64),
    granskad                   DATE,
    CONSTRAINT uk_stickprov_utredning UNIQUE (dragning_id, arende_id, utredning),
    CONSTRAINT fk_stickprov_dragning FOREIGN KEY (dragning_id) REFERENCES stickprov_dragning (id),
    CONSTRAINT fk_stickprov_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_stickprov_arende ON stickprov (arende_id, granskad);
