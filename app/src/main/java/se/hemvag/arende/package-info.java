/**
 * Ärendet från ansökan till avslut: ärendeprocessen, utredning, beslut, insatser, uppföljning och medhandläggning.
 */
@ApplicationModule(allowedDependencies = {"delat", "klient", "security", "sektion"})
package se.hemvag.arende;

import org.springframework.modulith.ApplicationModule;
