package dev.webaccel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.protocol.ProtocolCodec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

/** The harness server cannot bind: a port another process holds (named), an address not of this machine. */
@Test(groups = "unit")
public class ServerBindTest {

    public void aTakenPortNamesTheProcessThatHoldsItAndTheFix() throws Exception {
        Path project = emptyProject();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(PortHoldingChild.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Process holder = new ProcessBuilder(List.of(java, "-cp", classes, PortHoldingChild.class.getName())).start();
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8)).readLine().trim());

            assertThatThrownBy(() -> HarnessServer.start(project, "127.0.0.1", port, new ProtocolCodec()))
                    .isInstanceOf(ServerBindException.class)
                    .hasMessage("The harness server cannot listen on 127.0.0.1:" + port + ": the port is taken by PID "
                            + holder.pid() + ": " + java + " -cp " + classes + " " + PortHoldingChild.class.getName()
                            + ". Stop that process, choose another port with -Dserver.port=<port>, or leave"
                            + " -Dserver.port=0 (the default) so that webaccel picks a free one");
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (HarnessServer server = HarnessServer.start(project, "127.0.0.1", 0, new ProtocolCodec())) {
            assertThat(server.port()).as("a failed bind leaves nothing in the way of the next server").isPositive();
        }
    }

    private static Path emptyProject() throws Exception {
        Path project = Files.createTempDirectory("webaccel-bind");
        Files.createDirectories(project.resolve("web-assets"));
        Files.createDirectories(project.resolve("wgsl"));
        return project;
    }

    public void anAddressOfAnotherMachineSaysSo() throws Exception {
        Path project = emptyProject();
        String documentationOnly = "192.0.2.1";

        assertThatThrownBy(() -> HarnessServer.start(project, documentationOnly, 0, new ProtocolCodec()))
                .isInstanceOf(ServerBindException.class)
                .hasMessage("The harness server cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this"
                        + " machine. Set -Dserver.host to one of its addresses, or leave it at 127.0.0.1 (the default)");
    }
}
