package dev.liveops.sandbox;

import java.time.Instant;
import java.util.List;

/** compile/create and compile/read: queue a build, report its clock-derived state and compiler output. */
final class CompileService {

    /** A compile as seen at one instant. */
    record CompileResult(Compile compile, CompileState state, List<String> logs) {
    }

    Compile create(Organization organization, Instant now, int projectId) {
        Project project = organization.project(projectId);
        String signature = IdGenerator.hex32("signature/" + projectId + "/" + project.modified());
        Compile compile = new Compile(organization.ids().nextCompileId(projectId, signature), projectId, signature,
                now, project.compileFails());
        organization.addCompile(compile);
        return compile;
    }

    CompileResult read(Organization organization, Instant now, int projectId, String compileId) {
        Project project = organization.project(projectId);
        Compile compile = find(organization, projectId, compileId);
        CompileState state = compile.stateAt(now);
        return new CompileResult(compile, state, logs(project, compile, state));
    }

    /** The compile a deployment may use: it must exist, belong to the project and have built successfully. */
    Compile requireSuccessful(Organization organization, Instant now, int projectId, String compileId) {
        Compile compile = find(organization, projectId, compileId);
        CompileState state = compile.stateAt(now);
        if (state != CompileState.BUILD_SUCCESS) {
            throw new ApiException("Compile " + compileId + " is " + state.wireName()
                    + "; a live deployment needs a compile in state BuildSuccess.");
        }
        return compile;
    }

    private static Compile find(Organization organization, int projectId, String compileId) {
        Compile compile = organization.compile(compileId)
                .orElseThrow(() -> new ApiException("Compile id " + compileId + " not found."));
        if (compile.projectId() != projectId) {
            throw new ApiException("Compile id " + compileId + " belongs to project " + compile.projectId()
                    + ", not to project " + projectId + ".");
        }
        return compile;
    }

    private static List<String> logs(Project project, Compile compile, CompileState state) {
        String request = "Build Request %s for Project ID: %d, with CompileID: %s, Lean Version: %s";
        return switch (state) {
            case IN_QUEUE -> List.of();
            case BUILD_SUCCESS -> List.of(
                    request.formatted("Successful", project.projectId(), compile.compileId(), LeanVersion.NAME),
                    project.isPython() ? "Syntax check passed: main.py" : "Build succeeded: 0 warning(s), 0 error(s)");
            case BUILD_ERROR -> {
                String failed = request.formatted("Failed", project.projectId(), compile.compileId(), LeanVersion.NAME);
                yield project.isPython() ? List.of(failed,
                        "Build Error: File: main.py Line:42 Column:16 - NameError: name 'fast_period' is not defined",
                        "Build Error: File: alphas/breakout_signal.py Line:22 Column:9 - SyntaxError: invalid syntax")
                        : List.of(failed,
                        "Build Error: File: Main.cs Line:48 Column:17 - CS0103: The name 'fastPeriod' does not exist"
                                + " in the current context",
                        "Build Error: File: Main.cs Line:61 Column:30 - CS1503: Argument 2: cannot convert from"
                                + " 'decimal' to 'int'",
                        "Build Error: File: Alphas/BreakoutSignal.cs Line:22 Column:9 - CS0246: The type or namespace"
                                + " name 'RollingWindw<>' could not be found (are you missing a using directive or an"
                                + " assembly reference?)",
                        "Build failed: 0 warning(s), 3 error(s)");
            }
        };
    }
}
