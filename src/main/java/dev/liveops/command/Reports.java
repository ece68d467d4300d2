package dev.liveops.command;

import dev.liveops.digest.DigestBook;
import dev.liveops.digest.DigestScheduleStore;
import dev.liveops.equity.PnlReader;
import java.util.Objects;

/** What pnl and digest read and write: P&L from the equity snapshots, and the digests set up from chat. */
public record Reports(PnlReader pnl, DigestScheduleStore digests, DigestBook book) {
    public Reports {
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(book, "book");
    }
}
