package dev.liveops.command;

/**
 * Told of every destructive action LiveOps sent, so that someone can watch what QuantConnect makes of it. Called on
 * the command's thread after the action was recorded; must return quickly and never throw.
 */
@FunctionalInterface
public interface ActionObserver {
    ActionObserver NONE = action -> { };

    void sent(ExecutedAction action);
}
