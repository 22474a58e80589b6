package io.entente.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;

import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * The import's report on its way to the client, written without ever waiting for the client to read it.
 *
 * <p>Why: many clients (Python's requests, Java's HttpClient, curl with a file) send the whole body before they
 * read the answer. If the import waited for the report to be read before it read more of the body, both sides
 * would wait on each other once the socket buffers filled. So the import writes each report line here and goes
 * on; lines the socket cannot take now wait in memory up to {@link #MEMORY_BYTES}, and beyond that in a temporary
 * file, and go out in order as the client reads (the response's drain handler). A client that reads as it sends
 * gets the lines as each batch commits, as before; one that reads at the end gets them then. Memory stays bounded
 * either way: the body is read only as fast as the import goes, and the report beyond the bound is on disk (about
 * 100 bytes per line). The spill file is written and read in chunks of at most {@link #CHUNK} bytes on the event
 * loop: page-cache copies of microseconds, which keep the order of the lines without a second thread.
 */
final class ReportStream {

    private static final Logger LOG = Logger.getLogger(ReportStream.class);
    static final int MEMORY_BYTES = 256 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final HttpServerResponse response;
    private final ArrayDeque<Buffer> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private Path spill;
    private FileChannel spillFile;
    private long spillWritten;
    private long spillRead;
    private boolean ending;
    private boolean closed;

    ReportStream(HttpServerResponse response) {
        this.response = response;
        response.drainHandler(ignored -> flush());
        response.closeHandler(ignored -> close());
    }

    /** Bytes waiting for the client (in memory and on disk). */
    long backlog() {
        return waitingBytes + spillWritten - spillRead;
    }

    /** Sends {@code text} now if the socket takes it, else keeps it, in order. */
    void write(String text) {
        if (closed || ending) {
            return;
        }
        Buffer bytes = Buffer.buffer(text);
        if (backlog() == 0 && !response.writeQueueFull()) {
            response.write(bytes);
        } else if (spill == null && waitingBytes + bytes.length() <= MEMORY_BYTES) {
            waiting.add(bytes);
            waitingBytes += bytes.length();
        } else {
            toDisk(bytes);
        }
    }

    /** Sends {@code last} after everything before it, then ends the response. */
    void end(String last) {
        write(last);
        ending = true;
        flush();
    }

    private void flush() {
        try {
            while (!closed && !response.writeQueueFull()) {
                Buffer next = waiting.poll();
                if (next != null) {
                    waitingBytes -= next.length();
                } else if (spill != null && spillRead < spillWritten) {
                    next = fromDisk();
                } else {
                    if (spill != null) {
                        deleteSpill();
                    }
                    if (ending) {
                        closed = true;
                        response.end();
                    }
                    return;
                }
                response.write(next);
            }
        } catch (UncheckedIOException e) {
            LOG.errorf(e, "The import's report could not be read back from its temporary file");
            response.reset();
            close();
        }
    }

    private void toDisk(Buffer bytes) {
        try {
            if (spill == null) {
                spill = Files.createTempFile("entente-import-report", ".jsonl");
                spillFile = FileChannel.open(spill, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes.getBytes());
            while (buffer.hasRemaining()) {
                spillWritten += spillFile.write(buffer, spillWritten);
            }
        } catch (IOException e) {
            LOG.errorf(e, "The import's report could not be kept in a temporary file; ending the response");
            response.reset();
            close();
        }
    }

    private Buffer fromDisk() {
        try {
            ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK, spillWritten - spillRead));
            while (chunk.hasRemaining()) {
                spillRead += spillFile.read(chunk, spillRead);
            }
            return Buffer.buffer(chunk.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteSpill() {
        try {
            spillFile.close(); // DELETE_ON_CLOSE
        } catch (IOException e) {
            LOG.warnf(e, "The import's temporary report file %s could not be removed", spill);
        }
        spill = null;
        spillFile = null;
        spillWritten = 0;
        spillRead = 0;
    }

    /** The client went away: nothing more is sent, and the spill file goes. */
    private void close() {
        closed = true;
        waiting.clear();
        waitingBytes = 0;
        if (spill != null) {
            deleteSpill();
        }
    }

    boolean closed() {
        return closed;
    }
}
