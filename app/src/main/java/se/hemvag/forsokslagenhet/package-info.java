/**
 * Försökslägenheter: Lägenhetsinfo, Hyran först, granskning och kontraktsövertagande.
 */
@ApplicationModule(allowedDependencies = {"arende", "avslut", "delat", "klient", "security", "sektion"})
package se.hemvag.forsokslagenhet;

import org.springframework.modulith.ApplicationModule;
