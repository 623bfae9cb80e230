/**
 * SIP, samordnad individuell plan med hälso- och sjukvården, med samtycke och uppföljning.
 */
@ApplicationModule(allowedDependencies = {"arende", "avslut", "delat", "klient", "security"})
package se.hemvag.sip;

import org.springframework.modulith.ApplicationModule;
