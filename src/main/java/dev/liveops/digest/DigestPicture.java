package dev.liveops.digest;

import dev.liveops.equity.PnlReport;
import java.util.Optional;

/**
 * The seam for a digest's one picture, a chart of total equity over its period. {@link #NONE} draws nothing; the
 * chart renderer fills it in.
 */
public interface DigestPicture {
    DigestPicture NONE = report -> Optional.empty();

    /** A PNG and the name it is posted under. */
    record Picture(String fileName, byte[] png) {
    }

    /** The chart of the report's total curve ({@link PnlReport#totalCurve()}); empty when there is none. */
    Optional<Picture> totalEquity(PnlReport report);
}
