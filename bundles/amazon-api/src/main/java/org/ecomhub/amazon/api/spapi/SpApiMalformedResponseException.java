package org.ecomhub.amazon.api.spapi;

/** Amazon's reply could not be read (not the documented JSON, a required field missing): a bug; log the trace. */
public class SpApiMalformedResponseException extends SpApiException {
    private static final long serialVersionUID = 1L;

    public SpApiMalformedResponseException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
