package org.ecomhub.host.api;

/**
 * Where a person sees a product in the host, for the plugin's product list (LIST-01).
 *
 * @param kind  whether {@code value} is a URL or a reference the host's own UI resolves
 * @param value an absolute URL, or a host reference such as {@code product:WIDGET-1}
 * @param label what to show for the link
 */
public record DisplayLink(Kind kind, String value, String label) {

    public enum Kind { URL, HOST_REFERENCE }

    public DisplayLink {
        java.util.Objects.requireNonNull(kind, "kind");
        Checks.code(value, "link");
        label = label == null || label.isBlank() ? value : label;
    }
}
