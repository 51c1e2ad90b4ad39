package id.serambi.instagram.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploaded images: only real JPEG, PNG and WebP under the size limit, always written again. */
public class ImageIntakeTest {
    public static byte[] picture(String format, int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, new Color((x * 7) % 256, (y * 5) % 256, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /**
     * A JPEG of {@code w} by {@code h} whose left half is red and right half blue, with an EXIF
     * segment (big-endian TIFF, one IFD entry) saying orientation {@code o}.
     */
    static byte[] photoWithOrientation(int w, int h, int o) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, x < w / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) o, 0, 0, 0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 4);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = exif.length + 2;
        out.write(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 80;
    }

    @Test
    void a_phone_photo_lying_on_its_side_is_stood_upright_as_its_exif_orientation_says() throws IOException {
        byte[] sideways = photoWithOrientation(400, 200, 6);
        assertEquals(6, ImageIntake.orientation(sideways));
        ImageIntake.Result r = ImageIntake.read("IMG_0001.jpg", sideways);
        assertEquals(200, r.width(), "turned a quarter clockwise, the wide picture stands tall");
        assertEquals(400, r.height());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(r.jpeg().orElseThrow()));
        assertTrue(reddish(back.getRGB(100, 20)), "the red left half is now on top");
        assertFalse(reddish(back.getRGB(100, 380)), "and the blue half below it");

        BufferedImage left = ImageIO.read(new ByteArrayInputStream(
                ImageIntake.read("a.jpg", photoWithOrientation(400, 200, 8)).jpeg().orElseThrow()));
        assertFalse(reddish(left.getRGB(100, 20)), "a quarter the other way puts the red half below");
        assertTrue(reddish(left.getRGB(100, 380)));
        BufferedImage upside = ImageIO.read(new ByteArrayInputStream(
                ImageIntake.read("a.jpg", photoWithOrientation(400, 200, 3)).jpeg().orElseThrow()));
        assertEquals(400, upside.getWidth());
        assertTrue(reddish(upside.getRGB(380, 100)), "upside down, the red half is on the right");
        assertEquals(1, ImageIntake.orientation(picture("jpeg", 40, 20)), "no EXIF: upright");
    }

    @Test
    void a_large_photo_is_read_skipping_pixels_but_never_below_twice_the_width_shown() {
        assertEquals(1, ImageIntake.subsampling(2000, 1500));
        assertEquals(1, ImageIntake.subsampling(2159, 1000));
        assertEquals(1, ImageIntake.subsampling(4032, 3024), "a 12-megapixel phone photo is read whole");
        assertEquals(3, ImageIntake.subsampling(7000, 5000));
        assertTrue(7000 / ImageIntake.subsampling(7000, 5000) >= 2 * ImageIntake.MAX_SIDE);
    }

    @Test
    void a_large_png_is_shrunk_to_instagrams_width_and_written_as_a_new_jpeg() throws IOException {
        byte[] png = picture("png", 2000, 1500);
        ImageIntake.Result r = ImageIntake.read("foto.png", png);
        assertEquals("", r.key());
        assertEquals(1080, r.width());
        assertEquals(810, r.height());
        byte[] jpeg = r.jpeg().orElseThrow();
        assertEquals("jpeg", ImageIntake.sniff(jpeg).orElseThrow());
        assertFalse(Arrays.equals(png, jpeg));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1080, back.getWidth());
    }

    @Test
    void a_small_jpeg_keeps_its_size_but_not_its_bytes() throws IOException {
        byte[] jpeg = picture("jpeg", 300, 200);
        ImageIntake.Result r = ImageIntake.read("FOTO.JPG", jpeg);
        assertEquals(300, r.width());
        assertFalse(Arrays.equals(jpeg, r.jpeg().orElseThrow()));
    }

    @Test
    void a_webp_is_read_too() {
        assertTrue(ImageIO.getImageReadersByFormatName("webp").hasNext(), "TwelveMonkeys' WebP reader is on the class path");
    }

    @Test
    void what_is_not_an_image_too_large_or_misnamed_is_refused_with_its_reason() throws IOException {
        assertEquals("ig.upload.notimage",
                ImageIntake.read("foto.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).key());
        assertEquals("ig.upload.type", ImageIntake.read("foto.gif", picture("png", 10, 10)).key());
        assertEquals("ig.upload.type", ImageIntake.read("skrip.html", new byte[]{1}).key());
        ImageIntake.Result mismatch = ImageIntake.read("foto.png", picture("jpeg", 10, 10));
        assertEquals("ig.upload.mismatch", mismatch.key());
        assertEquals("JPEG", mismatch.args().get(1));
        byte[] big = new byte[ImageIntake.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertEquals("ig.upload.big", ImageIntake.read("besar.jpg", big).key());
        byte[] cut = Arrays.copyOf(picture("png", 50, 50), 60);
        assertEquals("ig.upload.broken", ImageIntake.read("rusak.png", cut).key());
        assertEquals("ig.upload.none", ImageIntake.refusal("", 0).orElseThrow().key());
    }

    @Test
    void a_picture_that_would_unpack_to_too_many_pixels_is_refused_before_decoding() throws IOException {
        // a PNG header claiming 20000 x 20000 pixels, with a valid checksum, and no image data worth the name
        byte[] png = picture("png", 1, 1);
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(20000).putInt(20000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        assertEquals("ig.upload.huge", ImageIntake.read("bom.png", png).key());
    }
}
