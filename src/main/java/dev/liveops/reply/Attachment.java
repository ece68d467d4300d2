package dev.liveops.reply;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A picture sent with a reply, platform-neutral: each adapter uploads it its own way (a Discord attachment shown in
 * the embed, a Slack file, a file on disk for the console). The reply's text stays the summary every platform can
 * show when the picture cannot be sent.
 *
 * @param fileName a plain file name ending in .png (letters, digits, '.', '_', '-'): Discord refers to it by name
 * @param altText  what the picture shows, for screen readers and for platforms that cannot show it
 */
public record Attachment(String fileName, byte[] png, String altText) {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}\\.png");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("An attachment's name is letters, digits, '.', '_' and '-' ending in "
                    + ".png, not '" + fileName + "'");
        }
        if (png.length < PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new IllegalArgumentException("An attachment is a PNG image");
        }
        png = png.clone();
        altText = altText == null ? "" : altText;
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public int size() {
        return png.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName) && Arrays.equals(png, that.png)
                && altText.equals(that.altText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, Arrays.hashCode(png), altText);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + png.length + " bytes]";
    }
}
