package dev.webaccel.server;

import java.net.InetAddress;
import java.net.ServerSocket;

/** A second JVM for {@link ServerBindTest}: listens on a free loopback port, prints it, and waits to be killed. */
public final class PortHoldingChild {
    public static void main(String[] args) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.out.println(socket.getLocalPort());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
