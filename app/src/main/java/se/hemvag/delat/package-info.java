/**
 * Det som alla moduler delar: formulärläsning och felslagen med sina HTTP-svar.
 */
@ApplicationModule(allowedDependencies = {})
package se.hemvag.delat;

import org.springframework.modulith.ApplicationModule;
