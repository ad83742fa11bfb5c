package vn.langso.learning;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes an uploaded photo or drawing fit for a phone on a slow line: only PNG and JPEG that really decode, at most
 * 800 px wide, turned upright as the camera meant, and written anew. Writing anew keeps nothing of the file but its
 * pixels, so camera metadata (GPS position, phone model) and anything hidden in the file are gone.
 */
final class PictureScaler {

    static final int MAX_WIDTH = 800;
    /** A small file can claim a huge size in pixels (a "decompression bomb"); nothing a phone shows needs more. */
    private static final long MAX_PIXELS = 40_000_000L;
    /** Drawings and screenshots stay PNG (sharp edges) unless that makes them heavy. */
    private static final int SMALL_PNG_BYTES = 200 * 1024;
    private static final float JPEG_QUALITY = 0.8f;

    private PictureScaler() {
    }

    static PictureFile scale(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new LessonRuleException("lesson.picture.unreadable");
        }
        if (upload.length > PictureFile.MAX_UPLOAD_BYTES) {
            throw new LessonRuleException("lesson.picture.tooBig");
        }
        Decoded decoded = decode(upload);
        boolean png = decoded.png();
        BufferedImage image = decoded.image();
        boolean turned = decoded.orientation() >= 5;
        int uprightWidth = turned ? image.getHeight() : image.getWidth();
        double factor = Math.min(1.0, (double) MAX_WIDTH / uprightWidth);
        image = ExifOrientation.upright(redraw(image, factor), decoded.orientation());
        if (!isTransparent(image)) {
            image = opaque(image);
        }
        if (png) {
            byte[] bytes = write(image, "png", null);
            if (image.getColorModel().hasAlpha() || bytes.length <= SMALL_PNG_BYTES) {
                return new PictureFile("image/png", bytes, image.getWidth(), image.getHeight());
            }
        }
        return new PictureFile("image/jpeg", write(image, "jpeg", JPEG_QUALITY), image.getWidth(), image.getHeight());
    }

    private record Decoded(BufferedImage image, boolean png, int orientation) {
    }

    private static Decoded decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new LessonRuleException("lesson.picture.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName();
                if (!"png".equalsIgnoreCase(format) && !"jpeg".equalsIgnoreCase(format)) {
                    throw new LessonRuleException("lesson.picture.unreadable");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new LessonRuleException("lesson.picture.tooBig");
                }
                boolean png = "png".equalsIgnoreCase(format);
                int orientation = png ? 1 : ExifOrientation.of(upload);
                // A 12-megapixel photo is read at every n-th pixel, still twice the width kept: far less memory.
                int step = Math.max(1, (orientation >= 5 ? height : width) / (2 * MAX_WIDTH));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return new Decoded(reader.read(0, param), png, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof LessonRuleException refused) {
                throw refused;
            }
            throw new LessonRuleException("lesson.picture.unreadable");
        }
    }

    /** Scaled by {@code factor} (halving first, so a big photo shrinks smoothly) into plain RGB or ARGB pixels. */
    private static BufferedImage redraw(BufferedImage image, double factor) {
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        return draw(current, width, height, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static boolean isTransparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage opaque(BufferedImage image) {
        return image.getColorModel().hasAlpha()
                ? draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB) : image;
    }

    private static byte[] write(BufferedImage image, String format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
