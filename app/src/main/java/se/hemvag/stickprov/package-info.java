/**
 * Stickprov: varje månad ett slumpat urval av förra månadens utredningar, som utredningssekreterarna
 * granskar för barnperspektivet, och resultaten per sektion.
 */
@ApplicationModule(allowedDependencies = {"arende", "delat", "klient", "security", "sektion", "tillhorighet"})
package se.hemvag.stickprov;

import org.springframework.modulith.ApplicationModule;
