package se.hemvag.audit;

import java.util.List;

/** The access log's rows of one request, written together. */
interface AtkomstloggensSkrivning {

    /** All the rows in one INSERT statement and one transaction (a task list of 15 cases is one statement, not 15). */
    void skrivAlla(List<Atkomst> rader);
}
