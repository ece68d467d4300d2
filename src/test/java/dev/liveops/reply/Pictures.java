package dev.liveops.reply;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real PNGs for replies with a picture, as a digest would send one. */
public final class Pictures {
    private Pictures() {
    }

    public static Reply digestWithChart() {
        return Reply.builder(Reply.Severity.INFO, "Daily digest").text("Total equity 350,000.00 (+0.40%).")
                .attachment(new Attachment("equity-total-1d.png", png(), "Total equity over the last day"))
                .audience(Reply.Audience.CHANNEL).build();
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1F6FB4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
