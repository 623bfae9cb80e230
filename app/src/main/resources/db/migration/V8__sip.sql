-- SIP (samordnad individuell plan): the offer and the answer, the client's consent as a record of
-- its own, the invitation, the meeting with its plan, and the follow-ups.
CREATE TABLE sip (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id           BIGINT         NOT NULL,
    sektion             VARCHAR(40)    NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    behov_registrerat   DATE           NOT NULL,
    erbjuden            DATE,
    erbjuden_av         VARCHAR(64),
    svar                VARCHAR(20),
    avbojt_anledning    VARCHAR(2000),
    inbjudna            VARCHAR(2000),
    motesdatum          DATE,
    motesplats          VARCHAR(200),
    mote_hallet         DATE,
    klienten_deltog     BOOLEAN,
    plan                VARCHAR(4000),
    huvudansvar         VARCHAR(20),
    huvudansvarig       VARCHAR(200),
    nasta_uppfoljning   DATE,
    avslutad            DATE,
    CONSTRAINT fk_sip_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_sip_arende ON sip (arende_id);

CREATE TABLE sip_samtycke (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    sip_id              BIGINT         NOT NULL,
    lamnat              DATE           NOT NULL,
    form                VARCHAR(20)    NOT NULL,
    omfattning          VARCHAR(2000)  NOT NULL,
    registrerat_av      VARCHAR(64)    NOT NULL,
    aterkallat          DATE,
    aterkallat_av       VARCHAR(64),
    aterkallat_anteckning VARCHAR(2000),
    CONSTRAINT fk_samtycke_sip FOREIGN KEY (sip_id) REFERENCES sip (id)
);
CREATE INDEX ix_samtycke_sip ON sip_samtycke (sip_id);

CREATE TABLE sip_uppfoljning (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    sip_id              BIGINT         NOT NULL,
    datum               DATE           NOT NULL,
    anteckning          VARCHAR(4000)  NOT NULL,
    fortsatter          BOOLEAN        NOT NULL,
    registrerad_av      VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_sipuppfoljning_sip FOREIGN KEY (sip_id) REFERENCES sip (id)
);
CREATE INDEX ix_sipuppfoljning_sip ON sip_uppfoljning (sip_id);
