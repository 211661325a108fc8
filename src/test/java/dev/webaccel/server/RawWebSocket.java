package dev.webaccel.server;

import dev.webaccel.server.FakePage.Closed;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A WebSocket client written frame by frame over a plain socket, for what a well-behaved client library refuses to
 * send: reserved bits, unknown opcodes, unmasked frames, broken UTF-8, lying lengths. Frames are masked with a fixed
 * key unless asked otherwise. Every read times out after 5 s.
 */
public final class RawWebSocket implements AutoCloseable {
    public static final int FIN = 0x80;
    public static final int RSV1 = 0x40;
    public static final int TEXT = 0x1;
    public static final int CONTINUATION = 0x0;
    public static final int PING = 0x9;

    private static final byte[] MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final List<String> texts = new ArrayList<>();

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** Upgrades {@code /ws?<rawQuery>}; fails unless the server answers 101. */
    public static RawWebSocket open(int port, String rawQuery) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        RawWebSocket ws = new RawWebSocket(socket);
        ws.out.write(("GET /ws?" + rawQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(new byte[16])
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = ws.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(""));
        }
        return ws;
    }

    /** A masked final text frame. */
    public RawWebSocket sendText(String text) throws IOException {
        return sendFrame(FIN | TEXT, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * One frame.
     *
     * @param firstByte FIN, RSV bits and opcode, e.g. {@code FIN | TEXT}
     */
    public RawWebSocket sendFrame(int firstByte, byte[] payload, boolean masked) throws IOException {
        writeHeader(firstByte, payload.length, masked);
        byte[] body = payload.clone();
        if (masked) {
            for (int i = 0; i < body.length; i++) {
                body[i] ^= MASK[i & 3];
            }
        }
        out.write(body);
        out.flush();
        return this;
    }

    /** Only a masked frame header claiming {@code length} payload bytes, and none of them. */
    public RawWebSocket sendHeaderOnly(int firstByte, long length) throws IOException {
        writeHeader(firstByte, length, true);
        out.flush();
        return this;
    }

    /**
     * Reads frames until the server's close frame (text frames are kept, see {@link #texts()}); the connection
     * ending without one gives status -1.
     */
    public Closed awaitClose() throws IOException {
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                int opcode = first & 0x0f;
                if (opcode == TEXT) {
                    texts.add(new String(payload, StandardCharsets.UTF_8));
                } else if (opcode == 0x8) {
                    int status = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                    String reason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                    return new Closed(status, reason);
                }
            }
        } catch (EOFException | SocketTimeoutException e) {
            return new Closed(-1, e.toString());
        }
    }

    /** The text frames {@link #awaitClose()} read. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void writeHeader(int firstByte, long length, boolean masked) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(firstByte);
        int maskBit = masked ? 0x80 : 0;
        if (length < 126) {
            header.write(maskBit | (int) length);
        } else if (length < 65_536) {
            header.write(maskBit | 126);
            header.write((int) (length >> 8));
            header.write((int) length);
        } else {
            header.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                header.write((int) (length >> shift));
            }
        }
        if (masked) {
            header.write(MASK);
        }
        out.write(header.toByteArray());
    }

    private String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        return head.toString();
    }
}
