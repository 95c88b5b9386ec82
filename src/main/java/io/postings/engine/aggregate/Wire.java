package io.postings.engine.aggregate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The binary form of the aggregates' parts, so a distributed run can ship their state
 * (strings as UTF-8 with a length, counts as longs). Not a file format: both ends run the
 * same build.
 */
public final class Wire {
    private Wire() {
    }

    public static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeCounts(DataOutput out, Map<String, long[]> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue()[0]);
        }
    }

    static Map<String, long[]> readCounts(DataInput in, Map<String, long[]> into) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            into.put(readString(in), new long[] {in.readLong()});
        }
        return into;
    }

    static Map<String, long[]> readCounts(DataInput in) throws IOException {
        return readCounts(in, new HashMap<>());
    }

    static void writeLongs(DataOutput out, long[] values) throws IOException {
        for (long v : values) {
            out.writeLong(v);
        }
    }

    static void readLongs(DataInput in, long[] into) throws IOException {
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readLong();
        }
    }
}
