package dev.liveops.chart;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the JDK failing to find fonts, the one way headless drawing fails on a slim machine: without fontconfig
 * or any font the first text drawn throws (an {@code InternalError} whose cause says "Fontconfig head is null", an
 * {@code UnsatisfiedLinkError} for libfreetype or libfontmanager, an {@code Error} saying "No fonts found"), and every
 * later attempt throws {@code NoClassDefFoundError} for the font manager. Anything else is not this package's to
 * explain.
 */
final class MissingFonts {
    static final String SENTENCE = "Charts cannot be drawn here because this machine has no usable fonts: install "
            + "fontconfig and a font (e.g. apt-get install fontconfig fonts-dejavu-core) where LiveOps runs.";

    private MissingFonts() {
    }

    /** The chat sentence for this failure, when it is the JDK failing to load fonts. */
    static Optional<ChartUnavailableException> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isAboutFonts(cause)) {
                return Optional.of(new ChartUnavailableException(SENTENCE, failure));
            }
        }
        return Optional.empty();
    }

    private static boolean isAboutFonts(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("fontconfig") || message.contains("no fonts found") || message.contains("libfreetype")
                || message.contains("libfontmanager") || message.contains("sun.font.")) {
            return true;
        }
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && (frames[0].getClassName().startsWith("sun.font.")
                || frames[0].getClassName().equals("sun.awt.FontConfiguration"));
    }
}
