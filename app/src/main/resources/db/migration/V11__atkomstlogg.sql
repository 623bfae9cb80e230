-- Loggkontroll: every read and change of client data through the app's API and the webapps, who
-- and when, which case and client, what. The application only ever inserts into this table.
CREATE TABLE atkomstlogg (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    tidpunkt             TIMESTAMP(6)   NOT NULL,
    anvandare            VARCHAR(64)    NOT NULL,
    atgard               VARCHAR(10)    NOT NULL,
    arendenummer         VARCHAR(20),
    klient_id            BIGINT,
    vad                  VARCHAR(300)   NOT NULL,
    status               INT            NOT NULL
);
CREATE INDEX ix_atkomstlogg_anvandare ON atkomstlogg (anvandare, tidpunkt);
CREATE INDEX ix_atkomstlogg_klient ON atkomstlogg (klient_id, tidpunkt);
CREATE INDEX ix_atkomstlogg_arende ON atkomstlogg (arendenummer, tidpunkt);
