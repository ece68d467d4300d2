package dev.liveops.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * The only way to the {@link Organization}: one lock around every read and change, and one clock reading per
 * transaction so a response never mixes two instants. Lifecycle transitions are settled lazily, here, before
 * each transaction: there is no background thread, so a test clock fully decides what a request sees.
 */
final class OrganizationStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final Organization organization;
    private final Clock clock;
    private final DeploymentLifecycle lifecycle;

    OrganizationStore(Organization organization, Clock clock, DeploymentLifecycle lifecycle) {
        this.organization = organization;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    <T> T transact(BiFunction<Organization, Instant, T> work) {
        lock.lock();
        try {
            Instant now = clock.instant();
            lifecycle.settle(organization, now);
            return work.apply(organization, now);
        } finally {
            lock.unlock();
        }
    }
}
