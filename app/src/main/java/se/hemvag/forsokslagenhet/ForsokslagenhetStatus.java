package se.hemvag.forsokslagenhet;

/** Where a trial apartment stands, from the application to its end. */
public enum ForsokslagenhetStatus {
    ANSOKT,
    AVSLAG,
    /** Granted: the apartment, housing support and Lägenhetsinfo are arranged before move-in. */
    BEVILJAD,
    BOR,
    /** The client took over the contract: a first-hand contract. */
    OVERTAGEN,
    UPPSAGD,
    /** The case was closed before the trial ended. */
    AVBRUTEN;

    public boolean isPagaende() {
        return this == ANSOKT || this == BEVILJAD || this == BOR;
    }
}
