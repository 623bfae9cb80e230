/**
 * Processversioner: vilka versioner av en process som har pågående ärenden, och att flytta dem
 * till en ny version (motorns migrering) efter en plan som processägaren ser och som prövas först.
 */
@ApplicationModule(allowedDependencies = {"delat", "security", "sektion"})
package se.hemvag.processversion;

import org.springframework.modulith.ApplicationModule;
