package se.hemvag.tillhorighet;

/** Stockholm's definition of homelessness, as recorded in the belonging investigation. */
public enum Hemloshetssituation {
    AKUT_HEMLOS,
    INSTITUTION_UTAN_BOSTAD,
    TILLFALLIGT_HOS_BEKANTA,
    OVRIGT
}
