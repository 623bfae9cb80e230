/**
 * Motorns databasfrågor där Hemväg går djupare än Camundas standard: uppgiftslistans
 * behörighetskontroll och index som motorns schema saknar.
 */
@ApplicationModule(allowedDependencies = {})
package se.hemvag.motor;

import org.springframework.modulith.ApplicationModule;
