package dev.liveops.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The folder tree's promise, checked on the compiled classes: arrows point inward and never in a circle. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.liveops");
    }

    @Test
    void dependenciesPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy("dev.liveops", "dev.liveops.app..", "dev.liveops.cli..")
                .layer("Ops").definedBy("dev.liveops.ops..")
                .layer("Adapters").definedBy("dev.liveops.discord..", "dev.liveops.slack..", "dev.liveops.console..")
                .layer("Store").definedBy("dev.liveops.store..")
                .layer("Config").definedBy("dev.liveops.config..")
                .layer("Notify").definedBy("dev.liveops.notify..")
                .layer("Command").definedBy("dev.liveops.command..")
                .layer("Chart").definedBy("dev.liveops.chart..")
                .layer("Kernel").definedBy("dev.liveops.reply..", "dev.liveops.project..",
                        "dev.liveops.subscription..", "dev.liveops.access..", "dev.liveops.time..",
                        "dev.liveops.text..", "dev.liveops.secret..", "dev.liveops.leader..",
                        "dev.liveops.equity..", "dev.liveops.digest..")
                .layer("QuantConnect").definedBy("dev.liveops.quantconnect..")
                .layer("Sandbox").definedBy("dev.liveops.sandbox..")
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ops").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Wiring", "Adapters")
                .whereLayer("Notify").mayOnlyBeAccessedByLayers("Wiring", "Ops", "Adapters", "Store")
                .whereLayer("Command").mayOnlyBeAccessedByLayers("Wiring", "Ops", "Adapters", "Store", "Notify")
                .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Wiring", "Ops", "Adapters", "Store", "Config",
                        "Notify", "Command", "QuantConnect")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Wiring")
                // Pictures are drawn in the core; adapters only send the bytes they are given.
                .whereLayer("Chart").mayOnlyBeAccessedByLayers("Wiring", "Ops", "Notify", "Command")
                .check(classes);
    }

    @Test
    void onlyTheOperationalListenerKnowsMicrometerAndJetty() {
        noClasses().that().resideOutsideOfPackage("dev.liveops.ops..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..",
                        "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void onlyTheChartPackageKnowsTheChartingLibraryAndItKnowsNothingElseOfLiveOps() {
        noClasses().that().resideOutsideOfPackage("dev.liveops.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("org.knowm..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.liveops.chart..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.liveops.chart..", "java..", "javax..",
                        "org.knowm.xchart..")
                .check(classes);
    }

    @Test
    void theSandboxSharesNoCodeWithTheRestOfLiveOps() {
        noClasses().that().resideInAPackage("dev.liveops.sandbox..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.liveops.sandbox..", "java..",
                        "javax..", "com.sun.net.httpserver..", "com.fasterxml.jackson..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        slices().matching("dev.liveops.(discord|slack|console)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.liveops.(*)..").should().beFreeOfCycles().check(classes);
    }
}
