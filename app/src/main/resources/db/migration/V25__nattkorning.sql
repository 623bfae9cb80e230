-- One row per nightly job and night: the node that inserts it runs the job, the others see the key
-- taken and leave it (several nodes share one database, each with Spring's own schedule).
CREATE TABLE nattkorning (
    uppgift  VARCHAR(40)  NOT NULL,
    datum    DATE         NOT NULL,
    nod      VARCHAR(200) NOT NULL,
    startad  DATETIME(6)  NOT NULL,
    PRIMARY KEY (uppgift, datum)
);
