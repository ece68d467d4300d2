package dev.liveops.leader;

import java.util.Optional;

/**
 * Which of the processes sharing one store is the leader: only the leader watches QuantConnect, delivers the outbox
 * and holds the Discord gateway. Every process has one; with one process, it leads from its start.
 */
public interface Leadership {
    /** This process's name, as {@link Term#holder()} shows it. */
    String self();

    /** This process's term while it leads; empty while it stands by. */
    Optional<Term> term();

    default boolean isLeader() {
        return term().isPresent();
    }

    /** The leader as this process last saw it (itself included); empty while nobody leads. */
    Optional<Term> leader();

    /** Called on the electing thread, in the order added; a listener's failure is logged, not passed on. */
    void addListener(Listener listener);

    /** What a process does on taking over and on losing the lead. */
    interface Listener {
        void elected(Term term);

        void deposed(Term term);
    }
}
