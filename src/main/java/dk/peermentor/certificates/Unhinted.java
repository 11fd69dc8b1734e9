package dk.peermentor.certificates;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font without its hinting: the instructions of every glyph and the tables that only
 * they use ({@code fpgm}, {@code prep}, {@code cvt }) are dropped. DejaVu's hinting is more than half
 * of its glyph data, and hinting only matters on a screen at small sizes without anti-aliasing:
 * PDF readers and printers draw the outlines, which stay as they are. Applied once per JVM to the cut
 * font of {@link CertificateFonts}, it takes about a third off every certificate.
 */
final class Unhinted {

    private static final List<String> HINTING = List.of("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX");

    private Unhinted() {
    }

    static byte[] strip(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int sfntVersion = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            byte[] tagBytes = new byte[4];
            in.get(entry, tagBytes);
            String tag = new String(tagBytes, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(entry + 8);
            int length = in.getInt(entry + 12);
            byte[] data = new byte[length];
            in.get(offset, data);
            tables.put(tag, data);
        }
        byte[] head = tables.get("head").clone();
        boolean longLoca = ByteBuffer.wrap(head).getShort(50) == 1;
        byte[] loca = tables.get("loca");
        byte[] glyf = tables.get("glyf");
        int glyphs = loca.length / (longLoca ? 4 : 2) - 1;

        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate((glyphs + 1) * 4);
        ByteBuffer locaIn = ByteBuffer.wrap(loca);
        for (int g = 0; g < glyphs; g++) {
            int start = longLoca ? locaIn.getInt(g * 4) : Short.toUnsignedInt(locaIn.getShort(g * 2)) * 2;
            int end = longLoca ? locaIn.getInt(g * 4 + 4) : Short.toUnsignedInt(locaIn.getShort(g * 2 + 2)) * 2;
            newLoca.putInt(g * 4, newGlyf.size());
            if (end > start) {
                byte[] glyph = withoutInstructions(ByteBuffer.wrap(glyf, start, end - start).slice());
                newGlyf.writeBytes(glyph);
                while (newGlyf.size() % 4 != 0) {
                    newGlyf.write(0);
                }
            }
        }
        newLoca.putInt(glyphs * 4, newGlyf.size());
        ByteBuffer.wrap(head).putShort(50, (short) 1);
        ByteBuffer.wrap(head).putInt(8, 0); // checkSumAdjustment: not needed inside a PDF
        tables.put("head", head);
        tables.put("glyf", newGlyf.toByteArray());
        tables.put("loca", newLoca.array());
        HINTING.forEach(tables::remove);
        byte[] maxp = tables.get("maxp");
        if (maxp != null && maxp.length >= 32) {
            maxp = maxp.clone();
            ByteBuffer.wrap(maxp).putShort(26, (short) 0); // maxSizeOfInstructions
            tables.put("maxp", maxp);
        }
        return write(sfntVersion, tables);
    }

    private static byte[] withoutInstructions(ByteBuffer glyph) {
        short contours = glyph.getShort(0);
        if (contours >= 0) {
            int instructionsAt = 10 + 2 * contours;
            int length = Short.toUnsignedInt(glyph.getShort(instructionsAt));
            byte[] out = new byte[glyph.limit() - length];
            glyph.get(0, out, 0, instructionsAt);
            // instruction length 0, then flags and coordinates as they were
            int rest = instructionsAt + 2 + length;
            glyph.get(rest, out, instructionsAt + 2, glyph.limit() - rest);
            return out;
        }
        byte[] out = new byte[glyph.limit()];
        glyph.get(0, out);
        ByteBuffer copy = ByteBuffer.wrap(out);
        int at = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(copy.getShort(at));
            copy.putShort(at, (short) (flags & ~0x0100)); // WE_HAVE_INSTRUCTIONS
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) {
                at += 2;
            } else if ((flags & 0x0040) != 0) {
                at += 4;
            } else if ((flags & 0x0080) != 0) {
                at += 8;
            }
        } while ((flags & 0x0020) != 0);
        return Arrays.copyOf(out, at);
    }

    private static byte[] write(int sfntVersion, Map<String, byte[]> tables) {
        int count = tables.size();
        int searchRange = Integer.highestOneBit(count) * 16;
        int headerLength = 12 + 16 * count;
        int total = headerLength;
        for (byte[] data : tables.values()) {
            total += (data.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(total);
        out.putInt(sfntVersion);
        out.putShort((short) count);
        out.putShort((short) searchRange);
        out.putShort((short) (Integer.numberOfTrailingZeros(Integer.highestOneBit(count))));
        out.putShort((short) (count * 16 - searchRange));
        int offset = headerLength;
        List<byte[]> order = new ArrayList<>();
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            out.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(checksum(data));
            out.putInt(offset);
            out.putInt(data.length);
            offset += (data.length + 3) & ~3;
            order.add(data);
        }
        for (byte[] data : order) {
            out.put(data);
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xff : 0);
            }
            sum += word;
        }
        return sum;
    }
}
