package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.app.LogText;
import dev.liveops.app.StartupFailure;
import dev.liveops.config.AccessConfig;
import java.util.Optional;

/**
 * Who the console acts as: the config user whose {@code consoleUser} is the operating-system user at the terminal,
 * never anyone else. {@code --as} can only name that user, so it cannot borrow a colleague's roles or approval.
 */
final class ConsoleIdentity {
    private ConsoleIdentity() {
    }

    /** @throws StartupFailure when the OS user is nobody's consoleUser, or {@code as} names someone else */
    static Caller resolve(AccessConfig access, String osUser, Optional<String> as) {
        // The config loader lets each consoleUser belong to one user only.
        Optional<String> mapped = access.users().stream()
                .filter(user -> user.consoleUser().filter(osUser::equals).isPresent())
                .map(AccessConfig.User::name).findFirst();
        if (as.isPresent() && !as.equals(mapped)) {
            // Quoted as the log would write it: what was typed after --as stays on this sentence's line.
            throw new StartupFailure("The console cannot act as '" + LogText.escape(as.get()) + "': no entry of "
                    + "access.users with that name has \"consoleUser\": \"" + LogText.escape(osUser)
                    + "\", the operating-system user running it.");
        }
        return Caller.console(osUser, mapped.orElseThrow(() -> new StartupFailure("Operating-system user '"
                + LogText.escape(osUser) + "' is no console user: give your entry in access.users \"consoleUser\": \""
                + LogText.escape(osUser) + "\".")));
    }
}
