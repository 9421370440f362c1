package org.ecomhub.amazon.api.store;

/** Thrown by {@link Progress#checkpoint()}: the job must stop now, after the unit of work it finished. */
public class JobCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobCancelledException(String message) {
        super(message);
    }
}
