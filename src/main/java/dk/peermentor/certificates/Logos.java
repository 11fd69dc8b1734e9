package dk.peermentor.certificates;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The programme's logo as a PDF image: decoded and compressed once and reused while the same PNG
 * comes again (a batch of certificates has one logo). Transparent pixels are laid on white, so that
 * the image has no soft mask. A PNG that cannot be read prints no logo rather than no certificate.
 */
final class Logos {

    private static final Logger LOG = Logger.getLogger(Logos.class.getName());

    /** The image dictionary and its encoded data, to be copied into each document. */
    private record Prepared(byte[] png, Map<COSName, COSBase> entries, byte[] encoded) {
    }

    private static volatile Prepared last;

    private Logos() {
    }

    static PDImageXObject image(PDDocument document, byte[] png) throws IOException {
        if (png == null || png.length == 0) {
            return null;
        }
        Prepared prepared = last;
        if (prepared == null || !Arrays.equals(prepared.png(), png)) {
            prepared = prepare(png);
            if (prepared == null) {
                return null;
            }
            last = prepared;
        }
        COSStream stream = document.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> entry : prepared.entries().entrySet()) {
            stream.setItem(entry.getKey(), copy(entry.getValue()));
        }
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(prepared.encoded());
        }
        return new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream), null);
    }

    private static Prepared prepare(byte[] png) throws IOException {
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            read = null;
        }
        if (read == null) {
            LOG.log(Level.WARNING, "The certificate logo is not a readable image; certificates are printed without it");
            return null;
        }
        BufferedImage opaque = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, read.getWidth(), read.getHeight());
        g.drawImage(read, 0, 0, null);
        g.dispose();
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(scratch, opaque);
            COSStream stream = image.getCOSObject();
            Map<COSName, COSBase> entries = new java.util.LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!COSName.LENGTH.equals(entry.getKey())) {
                    entries.put(entry.getKey(), copy(entry.getValue()));
                }
            }
            byte[] encoded;
            try (InputStream in = stream.createRawInputStream()) {
                encoded = in.readAllBytes();
            }
            return new Prepared(png.clone(), Map.copyOf(entries), encoded);
        }
    }

    /** Image dictionaries hold names, numbers and small dictionaries (DecodeParms): copied, never shared. */
    private static COSBase copy(COSBase value) {
        if (value instanceof COSDictionary dictionary && !(value instanceof COSStream)) {
            COSDictionary copy = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                copy.setItem(entry.getKey(), copy(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof org.apache.pdfbox.cos.COSArray array) {
            org.apache.pdfbox.cos.COSArray copy = new org.apache.pdfbox.cos.COSArray();
            for (COSBase item : array) {
                copy.add(copy(item));
            }
            return copy;
        }
        if (value instanceof org.apache.pdfbox.cos.COSObject) {
            throw new IllegalStateException("Unexpected indirect object in an image dictionary");
        }
        return value;
    }
}
