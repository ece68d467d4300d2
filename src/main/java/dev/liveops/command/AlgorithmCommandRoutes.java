package dev.liveops.command;

import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import java.util.Map;

/** What the router needs for /live command, /live broadcast and /live insights. */
final class AlgorithmCommandRoutes {
    private final AlgorithmCommands declared;
    private final AlgorithmCommandDesk desk;
    private final InsightsView insights;
    private final AuditTrail audit;

    AlgorithmCommandRoutes(AlgorithmCommands declared, AlgorithmCommandDesk desk, InsightsView insights,
                           AuditTrail audit) {
        this.declared = declared;
        this.desk = desk;
        this.insights = insights;
        this.audit = audit;
    }

    AlgorithmCommandDesk desk() {
        return desk;
    }

    InsightsView insights() {
        return insights;
    }

    /** The command checked against the config, before anything is looked up or sent; a refusal is audited. */
    CommandCheck.Result check(Caller caller, String line, CommandName kind, String name, Map<String, String> typed) {
        CommandCheck.Result checked = CommandCheck.check(declared, name, typed);
        if (checked instanceof CommandCheck.Result.Invalid invalid) {
            audit.record(caller, line, kind.word(), AuditStep.INVALID, invalid.sentence());
        }
        return checked;
    }
}
