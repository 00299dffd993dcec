package dev.digestbot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.digestbot.article.LayerViolationFixture;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package dependencies one-way, as the package table of DESIGN.md lists them: each
 * stage only uses the stages below it. A package may use what it lists and, through them, what
 * those list (a store method hands out summarize records), but outside the packages that
 * summarize articles the {@code summarize} package is used for its records only. Nothing depends
 * on {@code cli}, which wires everything. Every rule allows packages that do not exist yet.
 */
class ArchitectureTest {
    private static final String BASE = "dev.digestbot";

    /** Each package and the packages it may use directly; {@code cli} may use everything. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("config", Set.of()),
            Map.entry("article", Set.of("config")),
            Map.entry("summarize", Set.of("article")),
            Map.entry("store", Set.of("article", "summarize")),
            Map.entry("ingest", Set.of("article", "summarize", "store")),
            Map.entry("edition", Set.of("store")),
            Map.entry("deliver", Set.of("edition", "store")),
            Map.entry("deliver.file", Set.of("deliver", "edition", "store")),
            Map.entry("deliver.discord", Set.of("deliver", "edition", "store")),
            Map.entry("deliver.email", Set.of("deliver", "edition", "store")),
            Map.entry("schedule", Set.of("edition", "deliver", "store")),
            Map.entry("discord", Set.of("store", "edition", "deliver.discord")),
            Map.entry("web", Set.of("store", "edition")),
            Map.entry("eval", Set.of("summarize", "article")));

    /** Packages that may use all of {@code summarize}, not only its records. */
    private static final Set<String> SUMMARIZING = Set.of("summarize", "ingest", "eval", "cli");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void packagesDependOnlyOnTheStagesBelowThem() {
        rules().check(PRODUCT);
    }

    @Test
    void theRulesCatchAStageThatReachesUpward() {
        JavaClasses violating = new ClassFileImporter().importClasses(LayerViolationFixture.class);
        assertThat(rules().evaluate(violating).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("dev.digestbot.summarize.Summarizer"))
                .anyMatch(line -> line.contains("dev.digestbot.cli.Main"));
    }

    private static CompositeArchRule rules() {
        List<ArchRule> rules = new ArrayList<>();
        MAY_USE.keySet().forEach(p -> rules.add(usesOnlyWhatItMay(p)));
        rules.add(summarizeRecordsOnlyOutsideSummarizing());
        rules.add(noClasses()
                .that()
                .resideOutsideOfPackage(pkg("cli"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("cli"))
                .allowEmptyShould(true));
        rules.add(slices().matching(BASE + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true));
        rules.add(classes()
                .should()
                .resideInAnyPackage(known())
                .because("a new package needs its row in DESIGN.md and here")
                .allowEmptyShould(true));
        return CompositeArchRule.of(rules);
    }

    private static ArchRule usesOnlyWhatItMay(String name) {
        List<String> allowed = new ArrayList<>();
        allowed.add(pkg(name));
        reachableFrom(name).forEach(p -> allowed.add(pkg(p)));
        return classes()
                .that()
                .resideInAPackage(pkg(name))
                .should()
                .onlyDependOnClassesThat(
                        resideOutsideOfPackage(BASE + "..").or(resideInAnyPackage(allowed.toArray(String[]::new))))
                .allowEmptyShould(true);
    }

    private static ArchRule summarizeRecordsOnlyOutsideSummarizing() {
        DescribedPredicate<JavaClass> notRecord = DescribedPredicate.describe("are not records", c -> !c.isRecord());
        String[] summarizing = SUMMARIZING.stream().map(ArchitectureTest::pkg).toArray(String[]::new);
        return noClasses()
                .that()
                .resideOutsideOfPackages(summarizing)
                .should()
                .dependOnClassesThat(resideInAPackage(pkg("summarize")).and(notRecord))
                .allowEmptyShould(true);
    }

    /** The packages {@code name} may use directly or through the packages it uses. */
    private static Set<String> reachableFrom(String name) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(MAY_USE.get(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (reached.add(next)) {
                todo.addAll(MAY_USE.get(next));
            }
        }
        return reached;
    }

    private static String[] known() {
        List<String> packages = new ArrayList<>();
        MAY_USE.keySet().forEach(p -> packages.add(pkg(p)));
        packages.add(pkg("cli"));
        return packages.toArray(String[]::new);
    }

    private static String pkg(String name) {
        return BASE + "." + name + "..";
    }
}
