/**
 * Enhetens sektioner och grupper, deras uppgiftsfilter och tidsfrister för uppgifter.
 */
@ApplicationModule(allowedDependencies = {})
package se.hemvag.sektion;

import org.springframework.modulith.ApplicationModule;
