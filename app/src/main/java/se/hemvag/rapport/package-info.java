/**
 * Enhetens siffror: indikatorer, rapporttabellen, placeringar och budgetuppföljning, demohistorik.
 */
@ApplicationModule(allowedDependencies = {"ansokan", "arende", "avslut", "delat", "forsokslagenhet", "klient", "security", "sektion", "sip", "tillhorighet"})
package se.hemvag.rapport;

import org.springframework.modulith.ApplicationModule;
