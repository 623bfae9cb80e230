/**
 * Driften: hälsokontroller för orkestreringen (liveness, readiness) och mätvärden för Prometheus om
 * motorns jobb och incidenter och om ärendena och uppgifterna per sektion.
 */
@ApplicationModule(allowedDependencies = {"arende", "security", "sektion"})
package se.hemvag.drift;

import org.springframework.modulith.ApplicationModule;
