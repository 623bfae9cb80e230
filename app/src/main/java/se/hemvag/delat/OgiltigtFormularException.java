package se.hemvag.delat;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form holds a value the step cannot accept. The engine rolls the step back; its REST
 * API, Tasklist's included, answers a form submission that fails this way with 400 and this
 * message, which Tasklist shows the caseworker.
 */
public class OgiltigtFormularException extends FormFieldValidationException {

    public OgiltigtFormularException(String message) {
        super(null, message);
    }
}
