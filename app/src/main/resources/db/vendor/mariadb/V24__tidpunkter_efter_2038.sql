-- MariaDB's TIMESTAMP ends on 2038-01-19; DATETIME(6) holds the same instants far beyond. The app
-- writes and reads them through the same connection time zone as before, so the values keep their meaning.
ALTER TABLE klient MODIFY skapad DATETIME(6) NOT NULL;
ALTER TABLE atkomstlogg MODIFY tidpunkt DATETIME(6) NOT NULL;
ALTER TABLE kontaktforsok MODIFY tidpunkt DATETIME(6) NOT NULL;
ALTER TABLE kontaktforsok MODIFY registrerad DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL;
ALTER TABLE kontaktrunda MODIFY paborjad DATETIME(6) NOT NULL;
ALTER TABLE tog_bedomning MODIFY bedomd DATETIME(6) NOT NULL;
ALTER TABLE lagenhetsinfo_tillfalle MODIFY borjar DATETIME(6) NOT NULL;
ALTER TABLE insats MODIFY andrad DATETIME(6);
