package se.hemvag.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A task or a start takes only the fields its Camunda Form declares, each of the kind the form
 * gives it (text, a number, yes/no, one of the listed choices) and within the limits it declares
 * (length, pattern, smallest and largest number); a field the form only shows keeps its value. Anything else is refused before the engine stores a single variable, with a Swedish
 * message (HTTP 400 from the REST APIs, a form error in Tasklist).
 */
class Formularkontroll {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object OGILTIG_TYP = new Object();

    /**
     * One input field of a form: its kind, whether it is shown only, its fixed choices if any, and
     * the limits the form declares (longest text, pattern, smallest and largest number).
     */
    record Falt(String nyckel, String etikett, String typ, boolean lasbart, Set<String> val, Integer langst, String monster,
                Double minst, Double storst) {
    }

    private final ProcessEngineConfigurationImpl motor;

    Formularkontroll(ProcessEngineConfigurationImpl motor) {
        this.motor = motor;
    }

    void kontrolleraUppgift(String uppgiftId, Map<String, Object> variabler) {
        if (uppgiftId == null || variabler == null || variabler.isEmpty()
                || motor.getTaskService().createTaskQuery().taskId(uppgiftId).count() == 0) {
            // nothing to submit, or a task the user may not see: the command itself refuses that
            return;
        }
        Map<String, Falt> falt;
        try {
            falt = somSystem(() -> falt(() -> motor.getFormService().getDeployedTaskForm(uppgiftId)));
        } catch (ProcessEngineException e) {
            if (somSystem(() -> motor.getTaskService().createTaskQuery().taskId(uppgiftId).count()) == 0) {
                throw new OptimisticLockingException(Kommandovakt.SLUTFORD_AV_NAGON_ANNAN);
            }
            // a task without a Camunda Form takes no fields at all
            falt = Map.of();
        }
        kontrollera(falt, variabler, namn -> somSystem(() -> motor.getTaskService().getVariable(uppgiftId, namn)));
    }

    void kontrolleraStart(String processdefinitionId, Map<String, Object> variabler) {
        if (processdefinitionId == null || variabler == null || variabler.isEmpty()) {
            return;
        }
        Map<String, Falt> falt;
        try {
            falt = somSystem(() -> falt(() -> motor.getFormService().getDeployedStartForm(processdefinitionId)));
        } catch (ProcessEngineException e) {
            // a start without a Camunda Form takes no fields at all
            falt = Map.of();
        }
        kontrollera(falt, variabler, namn -> null);
    }

    private static void kontrollera(Map<String, Falt> falt, Map<String, Object> variabler,
                                    java.util.function.Function<String, Object> nuvarande) {
        for (String namn : variabler.keySet()) {
            Falt faltet = falt.get(namn);
            if (faltet == null) {
                throw new FormFieldValidationException(null, "Formuläret har inget fält \"" + namn
                        + "\". Bara formulärets egna fält kan skickas in; inget sparades.");
            }
            Object varde = varde(variabler, namn);
            if (varde == OGILTIG_TYP || (varde != null && !ratTyp(faltet.typ(), varde))) {
                throw new FormFieldValidationException(null, "Fältet " + faltet.etikett() + " ska vara "
                        + vadDetSkaVara(faltet.typ()) + "; inget sparades.");
            }
            if (varde != null && !faltet.val().isEmpty() && !faltet.val().contains(varde.toString())) {
                throw new FormFieldValidationException(null, "\"" + varde + "\" är inget av valen i fältet "
                        + faltet.etikett() + "; inget sparades.");
            }
            granskaGranser(faltet, varde);
            if (faltet.lasbart() && !Objects.equals(Objects.toString(varde, null),
                    Objects.toString(nuvarande.apply(namn), null))) {
                throw new FormFieldValidationException(null, "Fältet " + faltet.etikett()
                        + " visas bara och kan inte ändras; inget sparades.");
            }
        }
    }

    /** What the form itself declares, enforced here as well: form-js checks it only in the browser. */
    private static void granskaGranser(Falt faltet, Object varde) {
        if (varde instanceof String text) {
            if (faltet.langst() != null && text.length() > faltet.langst()) {
                throw new FormFieldValidationException(null, "Fältet " + faltet.etikett() + " får vara högst " + faltet.langst()
                        + " tecken långt (nu " + text.length() + "); inget sparades.");
            }
            if (faltet.monster() != null && !text.isEmpty() && !Pattern.compile(faltet.monster()).matcher(text).find()) {
                throw new FormFieldValidationException(null, faltet.monster().contains("\\d{4}-")
                        ? "Fältet " + faltet.etikett() + " ska vara ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15; inget sparades."
                        : "Fältet " + faltet.etikett() + " har fel form; inget sparades.");
            }
        }
        if (varde instanceof Number tal) {
            if (faltet.minst() != null && tal.doubleValue() < faltet.minst()
                    || faltet.storst() != null && tal.doubleValue() > faltet.storst()) {
                throw new FormFieldValidationException(null, "Fältet " + faltet.etikett() + " ska vara mellan "
                        + heltal(faltet.minst()) + " och " + heltal(faltet.storst()) + "; inget sparades.");
            }
        }
    }

    private static String heltal(Double tal) {
        return tal == null ? "–" : tal == Math.rint(tal) ? String.valueOf(tal.longValue()) : tal.toString();
    }

    /** The plain value, or OGILTIG_TYP for a serialized object, JSON, a file and the like. */
    private static Object varde(Map<String, Object> variabler, String namn) {
        TypedValue typad = variabler instanceof VariableMap karta ? karta.getValueTyped(namn)
                : variabler.get(namn) instanceof TypedValue t ? t : null;
        if (typad == null) {
            return variabler.get(namn);
        }
        // a serialized object is never deserialized here: its value is not asked for at all
        if (typad.getType() == ValueType.NULL) {
            return null;
        }
        if (typad instanceof PrimitiveValue<?> || typad.getType() == null) {
            Object varde = typad.getValue();
            return varde instanceof TypedValue ? OGILTIG_TYP : varde;
        }
        return OGILTIG_TYP;
    }

    private static boolean ratTyp(String typ, Object varde) {
        return switch (typ) {
            case "checkbox" -> varde instanceof Boolean;
            case "number" -> varde instanceof Number;
            default -> varde instanceof String;
        };
    }

    private static String vadDetSkaVara(String typ) {
        return switch (typ) {
            case "checkbox" -> "ja eller nej (kryssruta)";
            case "number" -> "ett tal";
            default -> "text";
        };
    }

    private <T> T somSystem(Callable<T> anrop) {
        return Motorvakt.utanBehorighetskontroll(motor, anrop);
    }

    private static Map<String, Falt> falt(Callable<InputStream> formular) {
        JsonNode form;
        try (InputStream in = formular.call()) {
            form = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, Falt> falt = new LinkedHashMap<>();
        samla(form, falt);
        return falt;
    }

    static void samla(JsonNode behallare, Map<String, Falt> falt) {
        for (JsonNode komponent : behallare.path("components")) {
            String nyckel = komponent.path("key").asText(null);
            if (nyckel != null) {
                Set<String> val = new LinkedHashSet<>();
                komponent.path("values").forEach(v -> val.add(v.path("value").asText()));
                String etikett = komponent.path("label").asText(nyckel);
                JsonNode granser = komponent.path("validate");
                falt.put(nyckel, new Falt(nyckel, "\"" + etikett + "\"", komponent.path("type").asText(),
                        komponent.path("disabled").asBoolean(false) || komponent.path("readonly").asBoolean(false), val,
                        granser.hasNonNull("maxLength") ? granser.get("maxLength").asInt() : null,
                        granser.hasNonNull("pattern") ? granser.get("pattern").asText() : null,
                        granser.hasNonNull("min") ? granser.get("min").asDouble() : null,
                        granser.hasNonNull("max") ? granser.get("max").asDouble() : null));
            }
            samla(komponent, falt);
        }
    }
}
