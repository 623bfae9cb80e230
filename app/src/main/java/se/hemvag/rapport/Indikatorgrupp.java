package se.hemvag.rapport;

import java.util.List;

/** One group of the unit's indicators, counted by queries of its own for a report's selection. */
interface Indikatorgrupp {

    List<Indikator> rakna(Urval urval);
}
