package se.hemvag.sip;

/** Where a SIP stands. Only ERBJUDS, PLANERAS and PLAN_UPPRATTAD are under way. */
public enum SipStatus {
    /** Health care is involved: the SIP must be offered to the client. */
    ERBJUDS,
    /** The client said no. */
    AVBOJD,
    /** The client accepted and consented: invitation and meeting. */
    PLANERAS,
    /** The plan is written; follow-ups until it ends. */
    PLAN_UPPRATTAD,
    AVSLUTAD,
    /** The client revoked consent. */
    STOPPAD;

    public boolean isPagaende() {
        return this == ERBJUDS || this == PLANERAS || this == PLAN_UPPRATTAD;
    }
}
