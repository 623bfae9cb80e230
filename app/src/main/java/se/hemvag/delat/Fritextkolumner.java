package se.hemvag.delat;

import java.util.List;

/** A module's free-text columns about clients, which culling empties (one bean per module). */
public interface Fritextkolumner {

    List<Fritext> fritext();
}
