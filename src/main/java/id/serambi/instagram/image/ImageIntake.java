package id.serambi.instagram.image;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An image uploaded for a post: JPEG, PNG or WebP of bounded size, whose content must be what its
 * name says. It is decoded (after its dimensions are read, so a small file that unpacks to a huge
 * picture is refused first, and skipping rows and columns of a large photo so that it never fills
 * memory), turned the way the camera's EXIF orientation says, shrunk to Instagram's width,
 * flattened onto white and written again as a fresh JPEG with no metadata: the uploaded bytes
 * themselves are never stored or served. What is wrong is a message key with arguments, for the
 * page to say in the reader's language.
 */
public final class ImageIntake {
    /** A phone camera's photo as it comes: 8 MB, about twice a 12-megapixel JPEG. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The widest a photo is shown on Instagram's feed; larger pictures are shrunk to it. */
    public static final int MAX_SIDE = 1080;
    /** About 40 megapixels: more than any phone camera, and still bounded in memory once decoded. */
    static final long MAX_PIXELS = 40_000_000L;
    private static final float QUALITY = 0.85f;
    private static final Map<String, String> BY_SUFFIX = Map.of(".jpg", "jpeg", ".jpeg", "jpeg", ".png", "png",
            ".webp", "webp");

    private ImageIntake() {
    }

    /** The JPEG written, or why there is none. */
    public record Result(Optional<byte[]> jpeg, int width, int height, String key, List<Object> args) {
        static Result refused(String key, Object... args) {
            return new Result(Optional.empty(), 0, 0, key, List.of(args));
        }
    }

    /** Whether a file of this name and declared size is worth reading; empty when it is. */
    public static Optional<Result> refusal(String filename, long size) {
        String name = filename == null ? "" : filename.strip();
        if (name.isEmpty() && size <= 0) {
            return Optional.of(Result.refused("ig.upload.none"));
        }
        if (suffixFormat(name).isEmpty()) {
            return Optional.of(Result.refused("ig.upload.type", name));
        }
        if (size > MAX_BYTES) {
            return Optional.of(Result.refused("ig.upload.big", name, megabytes(size), MAX_BYTES / (1024 * 1024)));
        }
        return Optional.empty();
    }

    public static Result read(String filename, byte[] bytes) {
        Optional<Result> early = refusal(filename, bytes.length);
        if (early.isPresent()) {
            return early.get();
        }
        if (bytes.length == 0) {
            return Result.refused("ig.upload.empty", filename);
        }
        String claimed = suffixFormat(filename).orElseThrow();
        Optional<String> actual = sniff(bytes);
        if (actual.isEmpty()) {
            return Result.refused("ig.upload.notimage", filename);
        }
        if (!actual.get().equals(claimed)) {
            return Result.refused("ig.upload.mismatch", filename, label(actual.get()), label(claimed));
        }
        BufferedImage image;
        try {
            Optional<BufferedImage> decoded = decode(bytes, actual.get());
            if (decoded.isEmpty()) {
                return Result.refused("ig.upload.huge", filename);
            }
            image = decoded.get();
        } catch (IOException | RuntimeException e) {
            return Result.refused("ig.upload.broken", filename);
        }
        BufferedImage out = shrink(oriented(image, actual.get().equals("jpeg") ? orientation(bytes) : 1));
        try {
            return new Result(Optional.of(jpeg(out)), out.getWidth(), out.getHeight(), "", List.of());
        } catch (IOException e) {
            return Result.refused("ig.upload.broken", filename);
        }
    }

    /** The format the bytes start like: JPEG, PNG or WebP (RIFF....WEBP). */
    static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length >= 8 && java.util.Arrays.equals(java.util.Arrays.copyOf(b, 8), png)) {
            return Optional.of("png");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /** Decodes with a reader of that format; empty when its dimensions are over the bound. */
    private static Optional<BufferedImage> decode(byte[] bytes, String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (pixels > MAX_PIXELS || pixels <= 0) {
                return Optional.empty();
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            param.setSourceSubsampling(step, step, 0, 0);
            return Optional.of(reader.read(0, param));
        } finally {
            reader.dispose();
        }
    }

    /**
     * Every how many pixels a row and a column are read: the decoded picture keeps at least twice
     * {@link #MAX_SIDE} on its longer side, enough for a clean shrink, and a 40-megapixel photo
     * takes a few megabytes of memory instead of 160.
     */
    static int subsampling(int width, int height) {
        return Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
    }

    /**
     * The EXIF orientation a camera wrote into a JPEG (1 to 8; 1 is upright), or 1 when there is
     * none or it cannot be read: phones save a portrait photo lying on its side and say so there.
     */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            if (data.read() < 0) {
                return 1;
            }
            Directory tiff = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry entry = tiff.getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The picture turned and mirrored as EXIF orientation {@code o} says, so that it stands upright. */
    static BufferedImage oriented(BufferedImage image, int o) {
        if (o <= 1 || o > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = o >= 5;
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12, in the constructor's order m00, m10, m01, m11, m02, m12
        AffineTransform t = switch (o) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** At most {@link #MAX_SIDE} wide and tall, halving first for a clean result, flattened on white. */
    static BufferedImage shrink(BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int targetW = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetH = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, targetW, targetH);
    }

    private static BufferedImage draw(BufferedImage from, int w, int h) {
        BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = next.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(from, 0, 0, w, h, null);
        g.dispose();
        return next;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Optional<String> suffixFormat(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return BY_SUFFIX.entrySet().stream().filter(e -> lower.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    private static String label(String format) {
        return format.equals("jpeg") ? "JPEG" : format.toUpperCase(Locale.ROOT).equals("WEBP") ? "WebP" : "PNG";
    }

    /** In megabytes to one decimal, rounded up, so a file just over the limit never reads as equal to it. */
    private static double megabytes(long bytes) {
        return Math.ceil(bytes / 104857.6) / 10;
    }
}
