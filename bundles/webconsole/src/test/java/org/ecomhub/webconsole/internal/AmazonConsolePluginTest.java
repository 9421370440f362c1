package org.ecomhub.webconsole.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmazonConsolePluginTest {

    /** What the fake response recorded. */
    private static final class Recorded {
        final StringWriter body = new StringWriter();
        final Map<String, Object> calls = new HashMap<>();
    }

    @Test
    @DisplayName("HOST-09: GET renders the Amazon page body as UTF-8 HTML")
    void getRendersThePage() throws Exception {
        Recorded recorded = get(new AmazonConsolePlugin("1.2.3"));

        assertEquals("text/html", recorded.calls.get("setContentType"));
        assertEquals("UTF-8", recorded.calls.get("setCharacterEncoding"));
        String html = recorded.body.toString();
        assertTrue(html.contains("<h2>Amazon</h2>"), html);
        assertTrue(html.contains("version 1.2.3"), html);
        // the console draws the frame: the plugin writes only a fragment
        assertFalse(html.contains("<html"), html);
    }

    @Test
    @DisplayName("HOST-09: dynamic text on the page is HTML-escaped")
    void dynamicTextIsEscaped() throws Exception {
        String html = get(new AmazonConsolePlugin("<script>alert('x')</script>&")).body.toString();

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"), html);
    }

    @Test
    @DisplayName("HOST-09: the escaper covers all five HTML-special characters and null")
    void escaperCoversSpecialCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;plain", Html.escape("&<>\"'plain"));
        assertEquals("", Html.escape(null));
    }

    private static Recorded get(AmazonConsolePlugin plugin) throws Exception {
        Recorded recorded = new Recorded();
        PrintWriter writer = new PrintWriter(recorded.body);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                AmazonConsolePluginTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getProtocol" -> "HTTP/1.1";
                    case "getPathInfo" -> "/amazon";
                    case "getDateHeader" -> -1L;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                AmazonConsolePluginTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getWriter")) {
                        return writer;
                    }
                    if (args != null && args.length == 1) {
                        recorded.calls.put(method.getName(), args[0]);
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
        plugin.service(request, response);
        writer.flush();
        return recorded;
    }
}
