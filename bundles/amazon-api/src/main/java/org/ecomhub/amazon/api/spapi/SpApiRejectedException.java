package org.ecomhub.amazon.api.spapi;

import java.util.List;

/**
 * Amazon rejected the request (a 4xx other than 401/403/429) with its {@code errors} array: log the code and
 * message and move on; retrying the same request gives the same answer.
 */
public class SpApiRejectedException extends SpApiException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final List<SpApiError> errors;

    public SpApiRejectedException(String operation, int status, List<SpApiError> errors) {
        super(operation, describe(operation, status, errors), null);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    private static String describe(String operation, int status, List<SpApiError> errors) {
        StringBuilder b = new StringBuilder(operation).append(" rejected by Amazon (HTTP ").append(status).append(')');
        for (SpApiError e : errors) {
            b.append(": ").append(e.code()).append(" - ").append(e.message());
        }
        return b.toString();
    }

    public int status() {
        return status;
    }

    /** Amazon's errors, at least one. */
    public List<SpApiError> errors() {
        return errors;
    }

    /** The first error's code, e.g. {@code InvalidInput}. */
    public String code() {
        return errors.isEmpty() ? "" : errors.get(0).code();
    }

    /** One entry of Amazon's {@code errors} array. */
    public record SpApiError(String code, String message, String details) {
    }
}
