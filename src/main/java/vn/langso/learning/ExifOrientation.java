package vn.langso.learning;

import java.awt.image.BufferedImage;

/**
 * Phones store a photo as the sensor saw it and say in its EXIF data how to turn it. The pictures are written anew
 * without that data, so the turn is applied to the pixels here. Only the orientation tag is read.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The EXIF orientation of a JPEG file, 1 (as stored) to 8; 1 when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            if (marker == 0xE1 && length > 8 && at + 2 + length <= jpeg.length
                    && new String(jpeg, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return fromTiff(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] data, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean littleEndian = data[start] == 'I';
        int directory = start + read(data, start + 4, 4, littleEndian);
        if (directory < start || directory + 2 > end) {
            return 1;
        }
        int entries = read(data, directory, 2, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (read(data, entry, 2, littleEndian) == ORIENTATION_TAG) {
                int value = read(data, entry + 8, 2, littleEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read(byte[] data, int at, int bytes, boolean littleEndian) {
        int value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = data[at + (littleEndian ? bytes - 1 - i : i)] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    /** The image as it should be seen; orientations 5 to 8 swap width and height. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> turned.setRGB(w - 1 - x, y, rgb);
                    case 3 -> turned.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> turned.setRGB(x, h - 1 - y, rgb);
                    case 5 -> turned.setRGB(y, x, rgb);
                    case 6 -> turned.setRGB(h - 1 - y, x, rgb);
                    case 7 -> turned.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> turned.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return turned;
    }
}
