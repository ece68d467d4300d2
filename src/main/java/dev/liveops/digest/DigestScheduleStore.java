package dev.liveops.digest;

import java.util.List;
import java.util.Optional;

/** Digests set up from chat, one per channel. */
public interface DigestScheduleStore {
    /** Creates or replaces the channel's digest. */
    void save(ChatDigest digest);

    /** True when there was one to remove. */
    boolean remove(DigestChannel channel);

    Optional<ChatDigest> find(DigestChannel channel);

    List<ChatDigest> all();
}
