package se.hemvag.delat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A field of a Camunda Form, named in its process's contract (the contract's {@code Falt} enum), so
 * that code reads form values only by a name the contract declares. The constant's name is the form
 * key in capitals: {@code INSATS_START} is the key {@code insatsStart}.
 */
public interface Formularnyckel {

    String name();

    /** The form's key, which is also the name of the process variable the form submits. */
    default String nyckel() {
        String[] delar = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder nyckel = new StringBuilder(delar[0]);
        for (int i = 1; i < delar.length; i++) {
            nyckel.append(Character.toUpperCase(delar[i].charAt(0))).append(delar[i].substring(1));
        }
        return nyckel.toString();
    }

    static List<String> nycklar(Formularnyckel... falt) {
        return Arrays.stream(falt).map(Formularnyckel::nyckel).toList();
    }
}
