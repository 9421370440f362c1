package org.ecomhub.amazon.api.store;

/** An authorisation step was refused; the message says why and what to do, and never holds a secret. */
public class AuthorisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthorisationException(String message) {
        super(message);
    }
}
