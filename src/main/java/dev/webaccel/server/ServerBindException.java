package dev.webaccel.server;

import java.net.BindException;
import java.util.Optional;

/** The harness server cannot listen where it was asked to; the message names the address, the cause and the fix. */
public final class ServerBindException extends RuntimeException {
    ServerBindException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message for a failed bind of {@code host:port}, from the bind error at the root of {@code failure}. */
    static ServerBindException of(String host, int port, RuntimeException failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = "The harness server cannot listen on " + host + ":" + port + ": ";
        String reason = String.valueOf(root.getMessage());
        if (root instanceof BindException && reason.contains("already in use")) {
            Optional<String> holder = port == 0 ? Optional.empty() : PortHolder.of(port);
            return new ServerBindException(where + "the port is taken" + holder.map(h -> " by " + h).orElse("")
                    + ". Stop that process, choose another port with -Dserver.port=<port>, or leave -Dserver.port=0"
                    + " (the default) so that webaccel picks a free one", failure);
        }
        if (root instanceof BindException && reason.contains("assign requested address")) {
            return new ServerBindException(where + host + " is not an address of this machine. Set -Dserver.host"
                    + " to one of its addresses, or leave it at 127.0.0.1 (the default)", failure);
        }
        return new ServerBindException(where + root + ". Choose another -Dserver.host or -Dserver.port (0 picks a"
                + " free port)", failure);
    }
}
