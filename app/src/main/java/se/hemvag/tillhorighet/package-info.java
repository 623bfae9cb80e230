/**
 * Tillhörighetsutredningen och överlämning till stadsdel eller annan socialtjänst.
 */
@ApplicationModule(allowedDependencies = {"arende", "delat", "security"})
package se.hemvag.tillhorighet;

import org.springframework.modulith.ApplicationModule;
