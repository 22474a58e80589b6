package io.entente;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The layering of the packages, checked on the compiled classes. From the bottom: {@code config}; {@code db} (the
 * pool, batch and column-selection helpers); {@code paging}; {@code graphql.engine} (our replacements of SmallRye
 * and graphql-java internals); {@code graphql} (what the features' APIs share, and the engine's set-up), {@code auth},
 * {@code write}, {@code ops}; then the features and what serves them ({@code live}, {@code importer}, ...), which
 * may refer to each other (the API's relations go both ways: {@code Country.blocs}, {@code Bloc.members}) but only
 * through their entities, queries, refs, inputs and writes, never through another feature's GraphQL API classes.
 */
class ArchitectureTest {

    private static final String ROOT = "io.entente";
    /** The shared packages, below every feature; any other package of ours is a feature or serves them. */
    private static final List<String> SHARED = List.of("config", "db", "paging", "graphql.engine", "graphql", "auth", "write", "ops");
    /** The packages that may use the engine replacements: the GraphQL set-up and its HTTP route. */
    private static final List<String> ENGINE_USERS = List.of("graphql", "http");
    /** The classes of a feature that belong to its GraphQL API, for no other package to use. */
    private static final List<String> API_SUFFIXES = List.of("GraphQL", "Connection", "Filter", "Order");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noCyclesBetweenTheSharedPackagesAndTheFeatures() {
        SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String own = ownPackage(type);
                return own == null ? SliceIdentifier.ignore() : SliceIdentifier.of(SHARED.contains(own) ? own : "features");
            }

            @Override
            public String getDescription() {
                return "the shared packages, and the features as one";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theSharedPackagesKnowNoFeature() {
        classes().that(inPackages(SHARED))
                .should().onlyDependOnClassesThat(outsideOurs().or(inPackages(SHARED)))
                .check(CLASSES);
    }

    @Test
    void configDependsOnNothingOfOurs() {
        classes().that(inPackages(List.of("config"))).should().onlyDependOnClassesThat(outsideOurs().or(inPackages(List.of("config"))))
                .check(CLASSES);
    }

    @Test
    void dbKnowsNothingAboveIt() {
        only("db", "config");
    }

    @Test
    void pagingKnowsOnlyTheDatabaseAndTheApiErrors() {
        classes().that(inPackages(List.of("paging")))
                .should().onlyDependOnClassesThat(outsideOurs().or(inPackages(List.of("paging", "db", "config")))
                        .or(named(ROOT + ".graphql.ApiError", ROOT + ".graphql.ErrorCode")))
                .check(CLASSES);
    }

    @Test
    void theEngineReplacementsLeanOnNothingOfOursButSelections() {
        only("graphql.engine", "db");
    }

    @Test
    void theEngineReplacementsAreUsedOnlyByTheGraphQLSetUp() {
        List<String> allowed = Stream.concat(Stream.of("graphql.engine"), ENGINE_USERS.stream()).toList();
        noClasses().that(DescribedPredicate.not(inPackages(allowed)))
                .should().dependOnClassesThat(inPackages(List.of("graphql.engine")))
                .check(CLASSES);
    }

    @Test
    void aFeaturesGraphQLApiIsItsOwn() {
        classes().that(inFeatures().and(nameEndingWithAny(API_SUFFIXES)))
                .should(beUsedOnlyInTheirPackage())
                .check(CLASSES);
    }

    /** {@code from}'s classes depend on nothing of ours but {@code from} itself and {@code allowed}. */
    private static void only(String from, String... allowed) {
        List<String> packages = Stream.concat(Stream.of(from), Arrays.stream(allowed)).toList();
        classes().that(inPackages(List.of(from)))
                .should().onlyDependOnClassesThat(outsideOurs().or(inPackages(packages)))
                .check(CLASSES);
    }

    /** The package of ours {@code type} belongs to, relative to the root ({@code graphql.engine}); null for the root's own. */
    private static String ownPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String relative = name.substring(ROOT.length() + 1);
        return relative.startsWith("graphql.engine") ? "graphql.engine" : relative.split("\\.")[0];
    }

    private static DescribedPredicate<JavaClass> inPackages(List<String> packages) {
        return DescribedPredicate.describe("in " + packages, type -> {
            String own = ownPackage(type);
            return own != null && packages.contains(own);
        });
    }

    private static DescribedPredicate<JavaClass> outsideOurs() {
        return resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(ROOT)); // the root holds registrations only
    }

    private static DescribedPredicate<JavaClass> inFeatures() {
        return DescribedPredicate.describe("in a feature", type -> ownPackage(type) != null && !SHARED.contains(ownPackage(type)));
    }

    private static DescribedPredicate<JavaClass> named(String... names) {
        Set<String> all = Set.of(names);
        return DescribedPredicate.describe("named " + all, type -> all.contains(type.getName()));
    }

    private static DescribedPredicate<JavaClass> nameEndingWithAny(List<String> suffixes) {
        return DescribedPredicate.describe("named *" + String.join(", *", suffixes),
                type -> suffixes.stream().anyMatch(suffix -> type.getSimpleName().endsWith(suffix)));
    }

    /**
     * Used by classes of the same package only; {@link BatchMethodClasses} names API classes to register them for
     * reflection.
     */
    private static ArchCondition<JavaClass> beUsedOnlyInTheirPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    boolean own = origin.getPackageName().equals(type.getPackageName())
                            || origin.isEquivalentTo(BatchMethodClasses.class);
                    if (!own) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
