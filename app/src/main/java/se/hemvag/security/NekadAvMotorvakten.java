package se.hemvag.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A user asked the engine for something Hemväg does not allow anyone but the bootstrap account,
 * whatever their authorizations. The REST APIs answer 403 with this message.
 */
class NekadAvMotorvakten extends AuthorizationException {

    NekadAvMotorvakten(String message) {
        super(message);
    }
}
