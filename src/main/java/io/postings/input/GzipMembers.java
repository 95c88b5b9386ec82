package io.postings.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The text of a gzip file of one or more members (RFC 1952; {@code cat a.gz b.gz} is one file
 * of both), each checked against its CRC and length. Unlike {@link java.util.zip.GZIPInputStream},
 * which ends quietly at the first bytes after a member that do not form a valid header, any
 * bytes after a member must be a whole valid member: a second member cut inside its header or
 * with damaged magic, or trailing garbage, is an error, never a silent end at half the rows.
 * The end of the file inside a member is an {@link EOFException} (truncated); damage is a
 * {@link ZipException}.
 */
final class GzipMembers extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private int members;
    private boolean done;

    /** Reads the first member's header: fails here when the input is not gzip or ends inside it. */
    GzipMembers(InputStream in) throws IOException {
        this.in = in;
        header();
    }

    private int readByte() throws IOException {
        if (pos == limit) {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return -1;
            }
            pos = 0;
            limit = n;
        }
        return buf[pos++] & 0xFF;
    }

    private int needByte(String where) throws IOException {
        int b = readByte();
        if (b < 0) {
            throw new EOFException("the file ends inside " + where);
        }
        return b;
    }

    private void header() throws IOException {
        String where = members == 0 ? "the gzip header" : "the header of gzip member " + (members + 1);
        int id1 = needByte(where);
        int id2 = needByte(where);
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new ZipException(members == 0 ? "not in gzip format"
                    : "bytes after gzip member " + members + " are not a gzip member (trailing garbage or a damaged member)");
        }
        if (needByte(where) != 8) {
            throw new ZipException("unsupported compression method in " + where);
        }
        int flags = needByte(where);
        for (int i = 0; i < 6; i++) {
            needByte(where); // modification time, extra flags, operating system
        }
        if ((flags & FEXTRA) != 0) {
            int length = needByte(where) | needByte(where) << 8;
            for (int i = 0; i < length; i++) {
                needByte(where);
            }
        }
        if ((flags & FNAME) != 0) {
            while (needByte(where) != 0) {
                // the original file name
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (needByte(where) != 0) {
                // a comment
            }
        }
        if ((flags & FHCRC) != 0) {
            needByte(where);
            needByte(where);
        }
        members++;
        inflater.reset();
        crc.reset();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!done) {
            try {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    crc.update(b, off, n);
                    return n;
                }
            } catch (DataFormatException e) {
                throw new ZipException(e.getMessage() == null ? "invalid compressed data" : e.getMessage());
            }
            if (inflater.finished()) {
                memberEnd();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("a preset dictionary, which gzip does not use");
            } else if (inflater.needsInput()) {
                if (pos == limit) {
                    int n = in.read(buf, 0, buf.length);
                    if (n <= 0) {
                        throw new EOFException("Unexpected end of ZLIB input stream");
                    }
                    pos = 0;
                    limit = n;
                }
                inflater.setInput(buf, pos, limit - pos);
                pos = limit;
            }
        }
        return -1;
    }

    /** A member's data ended: check its trailer, then the end of the file or another whole member. */
    private void memberEnd() throws IOException {
        // What the inflater was given beyond the member's data belongs to the trailer and what follows.
        pos = limit - inflater.getRemaining();
        String where = "the trailer of gzip member " + members;
        long expectedCrc = readInt(where);
        long expectedSize = readInt(where);
        if (expectedCrc != crc.getValue()) {
            throw new ZipException("CRC mismatch in gzip member " + members);
        }
        if (expectedSize != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
            throw new ZipException("length mismatch in gzip member " + members);
        }
        if (pos == limit) {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                done = true;
                return;
            }
            pos = 0;
            limit = n;
        }
        header();
    }

    private long readInt(String where) throws IOException {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (long) needByte(where) << (8 * i);
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
