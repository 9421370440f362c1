package org.ecomhub.spapi.simulator.internal;

/** An error reply in Amazon's shape: {@code {"errors":[{"code","message","details"}]}}. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final String details;

    public ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiError(int status, String code, String message, String details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static ApiError invalid(String message) {
        return new ApiError(400, "InvalidInput", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "NotFound", message);
    }
}
