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

    /**
     * Felix Web Console 4.7+ puts its {@code org.apache.felix.webconsole.User} here; its {@code getUserObject()} is
     * what the security provider authenticated (Karaf: the JAAS subject).
     */
    static final String CONSOLE_USER = "org.apache.felix.webconsole.User";
    /** Where Felix Web Console and the HTTP whiteboard put the authenticated user or its name. */
    static final List<String> USER_ATTRIBUTES = List.of(CONSOLE_USER, "org.apache.felix.webconsole.user",
            "org.osgi.service.http.authentication.remote.user", "org.osgi.service.servlet.context.remote.user");
    private static final List<String> KNOWN_ROLES = List.of("admin", "amazon-admin", "amazon-operator", "viewer");

    static ConsoleUser from(HttpServletRequest request) {
        String name = request.getRemoteUser();
        Set<String> roles = new HashSet<>();
        List<Object> users = new java.util.ArrayList<>();
        // Karaf's console runs the plugin inside Subject.doAs with the JAAS subject; its User object is only a name
        users.add(callerSubject());
        USER_ATTRIBUTES.forEach(attribute -> users.add(unwrap(request.getAttribute(attribute))));
        for (Object user : users) {
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

    /**
     * The object behind the console's {@code User}, read through its public interface by reflection: this bundle
     * does not import the console's API, so the same jar runs in both consoles.
     */
    static Object unwrap(Object user) {
        if (user == null) {
            return null;
        }
        for (Class<?> type : user.getClass().getInterfaces()) {
            if (type.getName().equals(CONSOLE_USER)) {
                try {
                    return type.getMethod("getUserObject").invoke(user);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return user;
    }

    /** The subject of the calling context (Java 18+: {@code Subject.current()}), or null. */
    @SuppressWarnings("removal")
    static Subject callerSubject() {
        try {
            return (Subject) Subject.class.getMethod("current").invoke(null);
        } catch (NoSuchMethodException e) {
            try {
                return Subject.getSubject(java.security.AccessController.getContext());
            } catch (RuntimeException unsupported) {
                return null;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
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
