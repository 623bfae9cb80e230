/**
 * Klienten: identitet (personnummer, samordningsnummer, reservnummer) och klientregistret.
 */
@ApplicationModule(allowedDependencies = {})
package se.hemvag.klient;

import org.springframework.modulith.ApplicationModule;
