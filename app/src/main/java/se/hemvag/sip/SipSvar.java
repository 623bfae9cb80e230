package se.hemvag.sip;

/** The client's answer to the offer of a SIP. */
public enum SipSvar {
    ACCEPTERAT,
    AVBOJT
}
