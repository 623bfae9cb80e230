/**
 * Åtkomstloggen, engine-historik utan personuppgifter och gallring.
 */
@ApplicationModule(allowedDependencies = {"arende", "delat", "forsokslagenhet", "security", "sektion", "sip", "tillhorighet"})
package se.hemvag.audit;

import org.springframework.modulith.ApplicationModule;
