package org.ecomhub.webconsole.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;

/**
 * The user the console let in, and the highest {@link Role} they hold (STORE-08).
 *
 * <p>The console checks its own role before this plugin is called (Karaf: {@code org.apache.karaf.webconsole}
 * {@code role}, default {@code admin}). Karaf hands the JAAS subject over as a request attribute; its role principals
 * map as the shell's command ACLs do: {@code admin} and {@code amazon-admin} may do everything,
 * {@code amazon-operator} manual actions and settings, anyone else reads. When the console gives no role
 * information at all (the Felix demo's single console admin), the console's check is the only one and the user
 * holds all three roles.
 */
record ConsoleUser(String name, Role role) {

    /** Where Felix Web Console and the HTTP whiteboard put the authenticated user. */
    static final List<String> USER_ATTRIBUTES = List.of("org.apache.felix.webconsole.user",
            "org.osgi.service.http.authentication.remote.user", "org.osgi.service.servlet.context.remote.user");
    private static final List<String> KNOWN_ROLES = List.of("admin", "amazon-admin", "amazon-operator", "viewer");

    static ConsoleUser from(HttpServletRequest request) {
        String name = request.getRemoteUser();
        Set<String> roles = new HashSet<>();
        for (String attribute : USER_ATTRIBUTES) {
            Object user = request.getAttribute(attribute);
            if (user instanceof Subject subject) {
                for (Principal principal : subject.getPrincipals()) {
                    if (principal.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("role")) {
                        roles.add(principal.getName());
                    } else if (name == null) {
                        name = principal.getName();
                    }
                }
            } else if (user instanceof Principal principal && name == null) {
                name = principal.getName();
            } else if (user instanceof String text && name == null) {
                name = text;
            }
        }
        for (String role : KNOWN_ROLES) {
            if (inRole(request, role)) {
                roles.add(role);
            }
        }
        return new ConsoleUser(name == null || name.isBlank() ? "console" : name, roleOf(roles));
    }

    static Role roleOf(Set<String> roles) {
        if (roles.isEmpty() || roles.contains("admin") || roles.contains("amazon-admin")) {
            return Role.ADMIN;
        }
        return roles.contains("amazon-operator") ? Role.OPERATOR : Role.VIEWER;
    }

    boolean may(Role needed) {
        return role.includes(needed);
    }

    private static boolean inRole(HttpServletRequest request, String role) {
        try {
            return request.isUserInRole(role);
        } catch (RuntimeException e) {
            // some console wrappers do not implement it: no role information from there
            return false;
        }
    }
}
