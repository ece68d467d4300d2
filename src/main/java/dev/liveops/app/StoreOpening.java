package dev.liveops.app;

import dev.liveops.config.StoreConfig;
import dev.liveops.store.Database;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store being opened (the SQLite driver's native library, the pool, Flyway's migrations) on a thread of its own:
 * it needs nothing else the core builds and is the largest part of start-up, so it runs beside the rest (the
 * QuantConnect client and access policy; in the demo, the sandbox too).
 */
public final class StoreOpening {
    private static final Logger log = LoggerFactory.getLogger(StoreOpening.class);

    private final CompletableFuture<Database> opening;

    private StoreOpening(CompletableFuture<Database> opening) {
        this.opening = opening;
    }

    public static StoreOpening begin(StoreConfig store) {
        return new StoreOpening(CompletableFuture.supplyAsync(() -> Database.open(store.url(), store.user(),
                store.password()), StoreOpening::onItsOwnThread));
    }

    /**
     * The open store, once it is; or a {@link StartupFailure} whose sentence has the URL's parameters and the password
     * cut out (a driver's message, and so the exception chain, may quote either: neither the log nor the failure
     * carries it).
     *
     * @param onFailure what start-up built meanwhile is closed first
     */
    Database database(Runnable onFailure) {
        try {
            return opening.join();
        } catch (CompletionException wrapped) {
            onFailure.run();
            if (wrapped.getCause() instanceof Error error) {
                throw error;
            }
            String sentence = wrapped.getCause() instanceof IllegalStateException own ? own.getMessage()
                    : "LiveOps could not open its store (store.url): "
                    + wrapped.getCause().getClass().getSimpleName() + ".";
            log.error("Opening the store failed: {}", sentence);
            throw new StartupFailure(sentence);
        }
    }

    /** Start-up failed elsewhere: the store is closed once it is open. */
    public void abandon() {
        opening.thenAccept(Database::close);
    }

    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "liveops-store-open");
        thread.setDaemon(true);
        thread.start();
    }
}
