package org.ecomhub.itest.rmi;

import java.io.IOException;
import java.io.Serializable;
import java.lang.instrument.Instrumentation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * A {@code -javaagent} for the test JVM and the Karaf JVM: every RMI server socket binds to loopback (SEC-02).
 *
 * <p>Pax Exam creates its RMI registry and exports its remote objects with the default socket factory,
 * which listens on all interfaces; {@code java.rmi.server.hostname} changes only the advertised host.
 * Setting the JVM-wide factory before anything else runs closes that gap (OSGI-RECIPE §7).
 */
public final class LoopbackRmiAgent {

    private LoopbackRmiAgent() {
    }

    public static void premain(String args, Instrumentation instrumentation) throws IOException {
        RMISocketFactory.setSocketFactory(new LoopbackFactory());
    }

    private static final class LoopbackFactory extends RMISocketFactory implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return new Socket(host, port);
        }
    }
}
