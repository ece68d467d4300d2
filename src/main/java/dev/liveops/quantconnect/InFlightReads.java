package dev.liveops.quantconnect;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Single flight for reads: a read asked while an identical one (same endpoint, same request body) is in flight waits
 * for that one's answer, or its failure, instead of sending its own; fifty people asking for {@code live/list} at once
 * cost QuantConnect one request. Nothing is kept once a flight lands: the next read asks QuantConnect again. Every
 * write ends a generation as it returns, so a read asked after a write (the read-back after a stop) never shares an
 * answer to a request sent before it.
 */
final class InFlightReads<A> {
    /** {@code reading}: how the answer is read on arrival (null for bytes only); only the same reading is shared. */
    private record Key(Endpoint endpoint, String body, Object reading, long generation) {
    }

    private final Map<Key, CompletableFuture<A>> flights = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final CallObserver observer;

    InFlightReads(CallObserver observer) {
        this.observer = observer;
    }

    /** The answer to {@code read}, sent now or shared with an identical read already in flight. */
    A read(Endpoint endpoint, String body, Object reading, Supplier<A> read) {
        Key key = new Key(endpoint, body, reading, generation.get());
        CompletableFuture<A> mine = new CompletableFuture<>();
        CompletableFuture<A> flight = flights.putIfAbsent(key, mine);
        if (flight != null) {
            observer.joined(endpoint);
            return await(endpoint, flight);
        }
        try {
            A answer = read.get();
            // Out of the map before anyone is told: a read arriving from now on sends its own request.
            flights.remove(key, mine);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error failure) {
            flights.remove(key, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
    }

    /** A write returned (or failed): reads from now on share no flight that started before it. */
    void wrote() {
        generation.incrementAndGet();
    }

    private static <A> A await(Endpoint endpoint, CompletableFuture<A> flight) {
        try {
            return flight.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a read failed with a checked exception", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new QuantConnectUnavailableException(endpoint,
                    "The call to QuantConnect " + endpoint.path() + " was interrupted.", interrupted);
        }
    }
}
