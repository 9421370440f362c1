package org.ecomhub.products.internal;

/** The plugin's own database failed; the caller retries later. */
final class MappingStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MappingStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
