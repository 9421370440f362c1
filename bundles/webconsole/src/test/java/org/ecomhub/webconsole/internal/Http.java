package org.ecomhub.webconsole.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Drives the plugin like the console does: a request with parameters and attributes, a recording response. */
final class Http {

    /** What the response recorded. */
    static final class Response {
        final StringWriter body = new StringWriter();
        final Map<String, Object> calls = new HashMap<>();
        int status = 200;
        String redirect;

        String html() {
            return body.toString();
        }
    }

    /** Joins several values of one parameter in the tests' parameter lists. */
    static final String MORE = "\u0001";

    private final AmazonConsolePlugin plugin;
    final Map<String, Object> attributes = new HashMap<>();

    Http(AmazonConsolePlugin plugin) {
        this.plugin = plugin;
        attributes.put("felix.webconsole.appRoot", "/system/console");
    }

    Response get(String path, String... params) throws Exception {
        return call("GET", path, map(params));
    }

    Response post(String... params) throws Exception {
        return call("POST", "/amazon", map(params));
    }

    /** A GET that follows the plugin's redirect back to its own page, as a browser would. */
    Response follow(Response posted) throws Exception {
        String target = posted.redirect;
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return call("GET", "/amazon", params);
    }

    private static Map<String, String> map(String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return map;
    }

    Response call(String method, String path, Map<String, String> params) throws Exception {
        Response recorded = new Response();
        PrintWriter writer = new PrintWriter(recorded.body);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(Http.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getProtocol" -> "HTTP/1.1";
                    case "getPathInfo" -> path;
                    case "getRequestURI" -> "/system/console" + path;
                    case "getDateHeader" -> -1L;
                    case "getParameter" -> params.containsKey((String) args[0])
                            ? params.get((String) args[0]).split(MORE, -1)[0] : null;
                    // several values of one name (checkboxes) are given joined by MORE
                    case "getParameterValues" -> params.containsKey((String) args[0])
                            ? params.get((String) args[0]).split(MORE, -1) : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "isUserInRole" -> false;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(Http.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "getWriter" -> {
                            return writer;
                        }
                        case "sendRedirect" -> recorded.redirect = (String) args[0];
                        case "sendError", "setStatus" -> recorded.status = (Integer) args[0];
                        default -> {
                            if (args != null && args.length == 1) {
                                recorded.calls.put(m.getName(), args[0]);
                            }
                        }
                    }
                    return m.getReturnType() == boolean.class ? false : null;
                });
        plugin.service(request, response);
        writer.flush();
        return recorded;
    }
}
