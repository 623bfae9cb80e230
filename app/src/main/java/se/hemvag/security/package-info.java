/**
 * Inloggning, behörigheter och motorvakten: varje dörr in i processmotorn går genom samma kontroller.
 */
@ApplicationModule(allowedDependencies = {"delat", "sektion"})
package se.hemvag.security;

import org.springframework.modulith.ApplicationModule;
