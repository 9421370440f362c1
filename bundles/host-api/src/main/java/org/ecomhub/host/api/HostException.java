package org.ecomhub.host.api;

/**
 * The root of what the host SPI throws. Unchecked, so callers catch only what they can act on.
 *
 * <ul>
 *   <li>{@link UnknownReferenceException}: a code the host does not know; the caller's data or mapping is wrong.</li>
 *   <li>{@link HostRuleViolationException}: the host refused the change by one of its rules; nothing changed.</li>
 *   <li>{@link HostUnavailableException}: the host cannot answer now; try again later with the same key.</li>
 * </ul>
 * A plain {@code HostException} is a fault in the host itself.
 */
public class HostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HostException(String message) {
        super(message);
    }

    public HostException(String message, Throwable cause) {
        super(message, cause);
    }
}
