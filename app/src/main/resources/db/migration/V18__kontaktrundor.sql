-- A contact round: from the moment the contact watch found the client not heard from, until the
-- client is reached. Only the attempts of the current round count toward closing for lack of contact.
CREATE TABLE kontaktrunda (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    arende_id   BIGINT       NOT NULL,
    paborjad    TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_kontaktrunda_arende FOREIGN KEY (arende_id) REFERENCES arende (id)
);
CREATE INDEX ix_kontaktrunda_arende ON kontaktrunda (arende_id, paborjad);

-- attempts registered before rounds existed belong to none, and so count for no closure
ALTER TABLE kontaktforsok ADD COLUMN kontaktrunda_id BIGINT;
ALTER TABLE kontaktforsok ADD CONSTRAINT fk_kontaktforsok_runda FOREIGN KEY (kontaktrunda_id) REFERENCES kontaktrunda (id);
-- when the attempt was typed in, beside when it says it was made
ALTER TABLE kontaktforsok ADD COLUMN registrerad TIMESTAMP(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL;
UPDATE kontaktforsok SET registrerad = tidpunkt;
