package dev.webaccel.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so a request path reaches the server exactly as written (no client-side
 * normalisation or encoding) and any header may be sent. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {
    private static final int TIMEOUT_MS = 10_000;

    private RawHttp() {
    }

    /**
     * A response as it came back.
     *
     * @param statusLine e.g. {@code HTTP/1.1 404 Not Found}
     * @param headers header names in lower case (the last value of a repeated header)
     * @param body the body (de-chunked), decoded as UTF-8
     */
    public record Response(String statusLine, int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * GETs {@code rawPath} on 127.0.0.1:{@code port}.
     *
     * @param headers extra header lines, each {@code "Name: value"}
     */
    public static Response get(int port, String rawPath, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /**
     * Opens a connection and writes {@code partialRequest} without ever finishing it (a slow or stalled client).
     * The caller closes the socket.
     */
    public static Socket openStalled(int port, String partialRequest) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(partialRequest.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** {@link #openStalled(int, String)} {@code count} times. */
    public static List<Socket> openStalled(int port, String partialRequest, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sockets.add(openStalled(port, partialRequest));
        }
        return sockets;
    }

    private static Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            return new Response(new String(raw, StandardCharsets.ISO_8859_1), -1, Map.of(), "");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        String[] status = lines[0].split(" ", 3);
        return new Response(lines[0], status.length > 1 ? Integer.parseInt(status[1]) : -1, headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(Arrays.copyOfRange(body, at, body.length), "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                break;
            }
            String sizeField = new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeField, 16);
            at += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(body, at, Math.min(size, body.length - at));
            at += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
