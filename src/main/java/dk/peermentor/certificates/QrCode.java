package dk.peermentor.certificates;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as vector rectangles, one per run of dark modules in a row: sharp at any zoom or
 * printer, a few hundred bytes, and no image (nothing for PDF/A to object to).
 */
final class QrCode {

    /**
     * A fixed mask pattern: ZXing would otherwise try all eight and score each, about a seventh of the
     * time of a certificate; any mask reads, and the tests decode the rendered page.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.QR_MASK_PATTERN, 2);

    private QrCode() {
    }

    /** The modules of {@code text}, without a quiet zone. */
    static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + text, e);
        }
    }

    /**
     * Draws the code of {@code text} in the square from ({@code x}, {@code y}) (lower left) of side
     * {@code size}; the page around it must be light for the quiet zone.
     */
    static void draw(PDPageContentStream out, String text, float x, float y, float size, Color color)
            throws IOException {
        BitMatrix matrix = modules(text);
        int n = matrix.getWidth();
        float module = size / n;
        // In module units, with rows counted downwards: whole numbers keep the content stream short.
        out.saveGraphicsState();
        out.transform(new Matrix(module, 0, 0, -module, x, y + size));
        out.setNonStrokingColor(color);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                out.addRect(start, row, col - start, 1);
            }
        }
        out.fill();
        out.restoreGraphicsState();
    }
}
