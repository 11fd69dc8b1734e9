package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodeSvgTest {

    private static final String LINK = "https://kursus.example/trainee/check-in?day=51&code=59666667.0.AbCdEfGhIjKlMnOp";

    @Test
    void theDrawnCodeReadsBackAsTheLink() throws Exception {
        String svg = QrCodeSvg.of(LINK, "QR");
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(size.find(), svg);
        int width = Integer.parseInt(size.group(1));
        int scale = 4;
        // Paint the path's modules into pixels, as a phone's camera would see them.
        int[] pixels = new int[width * scale * width * scale];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * width * scale + x * scale + dx] = 0;
                }
            }
        }
        BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width * scale, width * scale, pixels)));
        assertEquals(LINK, new QRCodeReader().decode(image).getText());
    }

    @Test
    void theAccessibleNameIsEscaped() {
        String svg = QrCodeSvg.of(LINK, "Kode \"1\" <til> A&B");
        assertTrue(svg.contains("role=\"img\" aria-label=\"Kode &quot;1&quot; &lt;til&gt; A&amp;B\""), svg);
    }
}
