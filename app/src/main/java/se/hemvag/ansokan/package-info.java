/**
 * Ansökningar (Tasklist och API) och kvällarnas tak över huvudet-bedömning.
 */
@ApplicationModule(allowedDependencies = {"arende", "delat", "klient", "security", "sektion", "tillhorighet"})
package se.hemvag.ansokan;

import org.springframework.modulith.ApplicationModule;
