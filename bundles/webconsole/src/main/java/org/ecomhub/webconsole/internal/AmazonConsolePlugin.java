package org.ecomhub.webconsole.internal;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The "Amazon" page of the Felix Web Console at {@code /system/console/amazon} (HOST-09).
 *
 * <p>A plain javax.servlet {@link HttpServlet} registered with the {@code felix.webconsole.*} properties,
 * not a subclass of the console's own plugin class: Karaf 4.4's console (javax) wraps it in its
 * frame, and Web Console 5 (Jakarta) loads it as a legacy plugin, so one bundle serves both hosts.
 * The console does the login and role check before this servlet is called. The servlet writes only
 * the page body; the console draws the header, navigation and footer around it.
 */
@Component(service = Servlet.class, property = {
        "felix.webconsole.label=" + AmazonConsolePlugin.LABEL,
        "felix.webconsole.title=" + AmazonConsolePlugin.TITLE,
        "felix.webconsole.category=" + AmazonConsolePlugin.CATEGORY })
public class AmazonConsolePlugin extends HttpServlet {

    static final String LABEL = "amazon";
    static final String TITLE = "Amazon";
    static final String CATEGORY = "Amazon";

    private static final long serialVersionUID = 1L;

    private final String version;

    @Activate
    public AmazonConsolePlugin(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    AmazonConsolePlugin(String version) {
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<div id=\"ecomhub-amazon\">");
        out.println("<h2>" + Html.escape(TITLE) + "</h2>");
        out.println("<p class=\"statline\">Amazon integration, version " + Html.escape(version) + ".</p>");
        out.println("<p>The store overview will be shown here.</p>");
        out.println("</div>");
    }
}
