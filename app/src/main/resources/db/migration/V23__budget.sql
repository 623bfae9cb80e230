-- The placement budget the unit sets per section and month, followed up against the placements' cost.
CREATE TABLE budget (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    sektion  VARCHAR(40) NOT NULL,
    ar       INT         NOT NULL,
    manad    INT         NOT NULL,
    belopp   BIGINT      NOT NULL,
    satt_av  VARCHAR(64) NOT NULL,
    CONSTRAINT uq_budget_manad UNIQUE (sektion, ar, manad)
);
