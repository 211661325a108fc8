package dev.webaccel.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Streams a run's registered file (model weights) from disk, whole or one byte range at a time, so a model of
 * any size passes through a small buffer and never sits whole in Java's memory.
 */
final class RangedFiles {
    private static final int CHUNK = 1 << 20;

    private RangedFiles() {
    }

    static void serve(Context ctx, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            String header = ctx.header("Range");
            FileRange range;
            if (header == null) {
                range = FileRange.whole(size);
                ctx.status(200);
            } else {
                Optional<FileRange> asked = FileRange.parse(header, size);
                if (asked.isEmpty()) {
                    ctx.status(416).header("Content-Range", "bytes */" + size).result("Range not satisfiable: " + header);
                    return;
                }
                range = asked.get();
                ctx.status(206).header("Content-Range", range.contentRange());
            }
            ctx.header("Accept-Ranges", "bytes").contentType("application/octet-stream");
            ctx.res().setContentLengthLong(Math.max(0, range.length()));
            copy(channel, range, ctx.res().getOutputStream());
        }
    }

    private static void copy(FileChannel channel, FileRange range, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, range.length())));
        long position = range.first();
        long end = range.last() + 1;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            out.write(buffer.array(), 0, read);
            position += read;
        }
        out.flush();
    }
}
