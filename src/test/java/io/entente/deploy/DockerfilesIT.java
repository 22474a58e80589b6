package io.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Checks the Dockerfiles without Docker, which does not run here: run by failsafe after {@code package}, it follows every
 * COPY to a file of the build context (present, and let through by .dockerignore) or to the builder's
 * {@code target/}, which this build has just produced, and checks that the runtime stage is small and unprivileged.
 */
class DockerfilesIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path JVM = ROOT.resolve("src/main/docker/Dockerfile.jvm");
    private static final Path NATIVE = ROOT.resolve("src/main/docker/Dockerfile.native");
    private static final Pattern BUILDER_IMAGE = Pattern.compile("builder|mandrel|graalvm|maven|/openjdk-\\d+:");

    @Test
    void theBuildContextHoldsOnlyWhatTheBuilderReads() throws IOException {
        DockerIgnore ignore = DockerIgnore.read(ROOT.resolve(".dockerignore"));
        Set<String> needed = Set.of("mvnw", ".mvn", "pom.xml", "src/main");
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<String> extra = files.filter(Files::isRegularFile).map(DockerfilesIT::relative)
                    .filter(ignore::includes)
                    .filter(path -> needed.stream().noneMatch(n -> path.equals(n) || path.startsWith(n + "/")))
                    .toList();
            assertEquals(List.of(), extra, "files in the build context that the builder does not need");
        }
        for (String path : List.of("target/quarkus-app/quarkus-run.jar", ".git/HEAD", "src/test/java/X.java", "k8s/base/kustomization.yaml",
                "bench/run.sh", "README.md", ".ci/run", ".dockerignore", "src/main/../test/X.java")) {
            assertFalse(ignore.includes(normalize(path)), path + " must stay out of the build context");
        }
    }

    @Test
    void everyCopyFromTheContextNamesPresentIncludedFiles() throws IOException {
        DockerIgnore ignore = DockerIgnore.read(ROOT.resolve(".dockerignore"));
        for (Path dockerfile : List.of(JVM, NATIVE)) {
            List<Copy> copies = Dockerfile.read(dockerfile).stages.stream().flatMap(s -> s.copies().stream())
                    .filter(c -> c.from() == null).toList();
            assertFalse(copies.isEmpty(), dockerfile + " builds from source, so it copies sources");
            for (Copy copy : copies) {
                for (String source : copy.sources()) {
                    Path path = ROOT.resolve(normalize(source));
                    assertTrue(Files.exists(path), dockerfile.getFileName() + ": COPY " + source + ": no such file in the context");
                    List<String> files;
                    try (Stream<Path> walk = Files.walk(path)) {
                        files = walk.filter(Files::isRegularFile).map(DockerfilesIT::relative).toList();
                    }
                    assertFalse(files.isEmpty(), dockerfile.getFileName() + ": COPY " + source + " copies nothing");
                    assertEquals(List.of(), files.stream().filter(f -> !ignore.includes(f)).toList(),
                            dockerfile.getFileName() + ": COPY " + source + ": excluded by .dockerignore");
                }
            }
        }
    }

    @Test
    void everyCopyFromTheBuilderNamesWhatThePackageProduced() throws IOException {
        assertTrue(Files.isDirectory(ROOT.resolve("target/quarkus-app")), "run after ./mvnw package (failsafe does, in verify)");
        for (Path dockerfile : List.of(JVM, NATIVE)) {
            Dockerfile file = Dockerfile.read(dockerfile);
            for (Copy copy : file.last().copies()) {
                assertNotNull(copy.from(), dockerfile.getFileName() + ": the runtime stage copies only from the builder: " + copy);
                Stage builder = file.stage(copy.from());
                String buildDir = builder.workdir() + "/target/";
                for (String source : copy.sources()) {
                    // COPY --from paths are absolute in the builder's filesystem, not relative to its WORKDIR.
                    assertTrue(source.startsWith(buildDir), dockerfile.getFileName() + ": " + source + " is not under " + buildDir);
                    String inTarget = "target/" + source.substring(buildDir.length());
                    if (inTarget.equals("target/*-runner")) {
                        // The native executable exists only after a native build, which this machine cannot run (no
                        // GraalVM): only this path is checked by its form, the build's <finalName>-runner.
                        assertTrue(dockerfile.equals(NATIVE), "only the native image copies the runner");
                        continue;
                    }
                    assertFalse(inTarget.contains("*"), dockerfile.getFileName() + ": name the copied file: " + source);
                    assertTrue(Files.exists(ROOT.resolve(inTarget)), dockerfile.getFileName() + ": " + inTarget + " does not exist after package");
                }
            }
        }
        // The JVM image takes the whole fast-jar layout (the dependency list aside): a missing part fails only at run time.
        Set<String> copied = Dockerfile.read(JVM).last().copies().stream().flatMap(c -> c.sources().stream())
                .map(s -> s.replaceAll("/$", "").replaceAll(".*/target/quarkus-app/", "")).collect(Collectors.toSet());
        try (Stream<Path> layout = Files.list(ROOT.resolve("target/quarkus-app"))) {
            assertEquals(layout.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith("-dependencies.txt"))
                    .collect(Collectors.toSet()), copied);
        }
        assertEquals(Set.of("lib", "app", "quarkus", "quarkus-run.jar"), copied);
    }

    @Test
    void theBuilderCompilesFromSourceWithTheWrapper() throws IOException {
        Map<Path, String> commands = Map.of(JVM, "./mvnw -B -ntp package -DskipTests",
                NATIVE, "./mvnw -B -ntp package -DskipTests -Dnative");
        for (Map.Entry<Path, String> expected : commands.entrySet()) {
            Dockerfile file = Dockerfile.read(expected.getKey());
            assertEquals(2, file.stages.size(), expected.getKey().getFileName() + ": a builder stage, then the runtime stage");
            Stage builder = file.stages.get(0);
            assertTrue(BUILDER_IMAGE.matcher(builder.image()).find(), builder.image());
            assertTrue(builder.runs().contains(expected.getValue()), expected.getKey().getFileName() + ": " + builder.runs());
        }
        assertTrue(Dockerfile.read(NATIVE).stages.get(0).image().startsWith("quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:"));
    }

    @Test
    void theRuntimeStageIsMinimalUnprivilegedAndListensOn8080() throws IOException {
        Map<Path, String> runtimeImages = Map.of(JVM, "registry.access.redhat.com/ubi9/openjdk-21-runtime:",
                NATIVE, "quay.io/quarkus/ubi9-quarkus-micro-image:");
        for (Map.Entry<Path, String> expected : runtimeImages.entrySet()) {
            String name = expected.getKey().getFileName().toString();
            Dockerfile file = Dockerfile.read(expected.getKey());
            Stage runtime = file.last();
            assertTrue(runtime.image().startsWith(expected.getValue()), name + ": " + runtime.image());
            assertFalse(BUILDER_IMAGE.matcher(runtime.image()).find(), name + ": a builder image at run time: " + runtime.image());
            assertTrue(file.stages.stream().limit(file.stages.size() - 1).noneMatch(s -> s.image().equals(runtime.image())), name);

            String user = runtime.last("USER").orElseThrow(() -> new AssertionError(name + ": no USER, so root"));
            assertTrue(user.matches("\\d+(:\\d+)?"), name + ": USER must be numeric for runAsNonRoot: " + user);
            assertEquals("1001", user.split(":")[0], name + ": the uid the Deployment runs as");
            assertEquals(List.of("8080"), runtime.all("EXPOSE"), name);
            assertTrue(runtime.runs().stream().noneMatch(r -> r.matches(".*\\b(mvnw|mvn|microdnf|dnf|yum|rpm|curl|wget)\\b.*")),
                    name + ": the runtime stage installs or builds nothing: " + runtime.runs());
            String start = runtime.all("ENV").toString() + runtime.all("ENTRYPOINT") + runtime.all("CMD");
            assertTrue(start.contains("-Djava.io.tmpdir=/tmp") && start.contains("-Dvertx.cacheDirBase=/tmp/"),
                    name + ": with a read-only root filesystem only /tmp is writable");
        }
    }

    private static String relative(Path path) {
        return ROOT.relativize(path).toString().replace('\\', '/');
    }

    private static String normalize(String path) {
        return Path.of(path).normalize().toString().replace('\\', '/');
    }

    /**
     * The .dockerignore rules this repository uses, as Docker applies them: patterns in order, the last match wins, a
     * pattern matches a path or any of its parent directories, {@code !} re-includes, {@code *} and {@code ?} stay within
     * one path segment and {@code **} spans several.
     */
    record DockerIgnore(List<Pattern> patterns, List<Boolean> exceptions) {

        static DockerIgnore read(Path file) throws IOException {
            List<Pattern> patterns = new ArrayList<>();
            List<Boolean> exceptions = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String rule = line.trim();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                boolean exception = rule.startsWith("!");
                String glob = normalize(rule.substring(exception ? 1 : 0).trim().replaceFirst("^/+", ""));
                patterns.add(Pattern.compile(regex(glob)));
                exceptions.add(exception);
            }
            return new DockerIgnore(patterns, exceptions);
        }

        boolean includes(String path) {
            boolean included = true;
            for (int i = 0; i < patterns.size(); i++) {
                if (matchesOrParentMatches(patterns.get(i), path)) {
                    included = exceptions.get(i);
                }
            }
            return included;
        }

        private static boolean matchesOrParentMatches(Pattern pattern, String path) {
            for (String candidate = path; candidate != null; candidate = candidate.contains("/")
                    ? candidate.substring(0, candidate.lastIndexOf('/')) : null) {
                if (pattern.matcher(candidate).matches()) {
                    return true;
                }
            }
            return false;
        }

        private static String regex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (glob.startsWith("**/", i)) {
                    regex.append("(.*/)?");
                    i += 2;
                } else if (glob.startsWith("**", i)) {
                    regex.append(".*");
                    i++;
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }
    }

    /** One instruction, its keyword upper-cased and its continuation lines joined. */
    record Instruction(String keyword, String arguments) {
    }

    /** COPY's flags that matter here and its sources (the last argument is the destination). */
    record Copy(String from, List<String> sources) {

        static Copy of(String arguments) {
            List<String> words = List.of(arguments.trim().split("\\s+"));
            String from = words.stream().filter(w -> w.startsWith("--from=")).map(w -> w.substring("--from=".length()))
                    .findFirst().orElse(null);
            List<String> paths = words.stream().filter(w -> !w.startsWith("--")).toList();
            assertTrue(paths.size() >= 2, "COPY needs a source and a destination: " + arguments);
            assertFalse(arguments.trim().startsWith("["), "write COPY in shell form: " + arguments);
            return new Copy(from, paths.subList(0, paths.size() - 1));
        }
    }

    /** One FROM and the instructions under it. */
    record Stage(String image, String name, List<Instruction> instructions) {

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        Optional<String> last(String keyword) {
            List<String> all = all(keyword);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }

        List<String> runs() {
            return all("RUN");
        }

        List<Copy> copies() {
            return all("COPY").stream().map(Copy::of).toList();
        }

        String workdir() {
            String workdir = last("WORKDIR").orElseThrow(() -> new AssertionError("stage " + name + " has no WORKDIR"));
            assertTrue(workdir.startsWith("/"), "an absolute WORKDIR: " + workdir);
            return workdir.replaceAll("/+$", "");
        }
    }

    /** A Dockerfile as stages: comments dropped, continuations joined, parser directives ignored. */
    record Dockerfile(List<Stage> stages) {

        static Dockerfile read(Path path) throws IOException {
            List<String> logical = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (String line : Files.readAllLines(path)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("#") || trimmed.isEmpty() && pending.isEmpty()) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                logical.add(pending.append(trimmed).toString().trim());
                pending.setLength(0);
            }
            List<Stage> stages = new ArrayList<>();
            for (String line : logical) {
                String[] parts = line.split("\\s+", 2);
                Instruction instruction = new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].trim() : "");
                if (instruction.keyword().equals("FROM")) {
                    String[] from = instruction.arguments().split("\\s+");
                    String name = from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2] : null;
                    stages.add(new Stage(from[0], name, new ArrayList<>()));
                } else {
                    assertFalse(stages.isEmpty(), path + ": " + line + " before FROM");
                    stages.get(stages.size() - 1).instructions().add(instruction);
                }
            }
            assertFalse(stages.isEmpty(), path + " has no FROM");
            return new Dockerfile(stages);
        }

        Stage last() {
            return stages.get(stages.size() - 1);
        }

        Stage stage(String name) {
            return stages.stream().filter(s -> name.equals(s.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("COPY --from=" + name + " names no earlier stage"));
        }
    }
}
