/**
 * The client view: a client's whole history as one timeline, newest first, collected from every
 * module's {@link se.hemvag.delat.Historikkalla} under the case rules of {@code arende}.
 */
@ApplicationModule(allowedDependencies = {"arende", "delat", "klient", "security"})
package se.hemvag.klientvy;

import org.springframework.modulith.ApplicationModule;
