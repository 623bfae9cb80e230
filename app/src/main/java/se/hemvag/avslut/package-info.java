/**
 * Kontaktbevakning, kontaktrundor och kontaktförsök, och avslutet med avslutningsblanketten.
 */
@ApplicationModule(allowedDependencies = {"arende", "delat", "security", "sektion", "tillhorighet"})
package se.hemvag.avslut;

import org.springframework.modulith.ApplicationModule;
