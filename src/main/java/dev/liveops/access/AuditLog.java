package dev.liveops.access;

import java.util.List;
import java.util.Optional;

/** The audit trail: append and read back, nothing else (no update, no delete). */
public interface AuditLog {
    void append(AuditEntry entry);

    /** The newest entries first, optionally only those about one project. */
    List<AuditEntry> recent(Optional<Long> projectId, int limit);
}
