package io.entente.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Renders k8s/ with kustomize (base and both overlays), reads every object into the typed Kubernetes model with
 * unknown fields refused, and checks the deployment against the running application: probe paths, metrics path, port.
 */
@QuarkusTest
class KubernetesManifestsTest {

    /** The port the packaged application listens on: Quarkus' default, which application.properties must not change. */
    private static final int PRODUCTION_HTTP_PORT = 8080;
    private static final String APP = "entente";
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path K8S = ROOT.resolve("k8s");
    private static final List<String> RENDERED = List.of("base", "overlays/dev", "overlays/prod");

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.]+):([^}]*)}");
    /** A row of the README's configuration table: | `VARIABLE` | default | meaning | */
    private static final Pattern DOCUMENTED_VARIABLE = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]+)`\\s*\\|");
    /** Kustomize's content-hash suffix on generated ConfigMaps and Secrets. */
    private static final Pattern HASH_SUFFIX = Pattern.compile("-[a-z0-9]{10}$");

    private static final ObjectMapper STRICT = strictMapper();
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    // --- Schema -----------------------------------------------------------------------------------------------

    @Test
    void everyRenderedObjectIsAValidKubernetesObject() {
        for (String dir : RENDERED) {
            Rendered rendered = render(dir);
            assertFalse(rendered.objects.isEmpty(), dir + " renders no object");
            // The base labels its objects as the app; the overlays add part-of to theirs (the database's too).
            String label = dir.equals("base") ? "app.kubernetes.io/name" : "app.kubernetes.io/part-of";
            for (HasMetadata object : rendered.objects) {
                assertNotNull(object.getMetadata().getName(), dir + ": an object without a name: " + object.getKind());
                assertEquals(APP, object.getMetadata().getLabels().get(label), dir + ": " + object.getKind() + " " + label);
            }
            for (PodTemplateSpec pod : rendered.podTemplates()) {
                for (Container container : containers(pod)) {
                    String image = container.getImage();
                    assertTrue(dir.equals("base") || image.matches("[^:]+:[^:]+") && !image.endsWith(":latest"),
                            dir + ": " + container.getName() + " needs a pinned image tag, not " + image);
                }
            }
        }
    }

    /** Proves the strictness the schema test relies on: fabric8 classes otherwise swallow unknown fields. */
    @Test
    void aMisspelledOrMisplacedFieldIsRejected() {
        String misspelled = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 1
                """;
        String misplaced = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      replicas: 1
                      containers: [{name: x, image: x}]
                """;
        String wrongType = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: [1]
                """;
        for (String yaml : List.of(misspelled, misplaced, wrongType)) {
            assertThrows(IOException.class, () -> STRICT.readValue(yaml, Deployment.class), yaml);
        }
        assertThrows(IllegalArgumentException.class, () -> parse("test", """
                apiVersion: extensions/v1beta1
                kind: Deployment
                metadata: {name: x}
                """));
    }

    @Test
    void eachOverlayHoldsTheExpectedObjects() {
        assertEquals(List.of("ConfigMap/entente-config", "Deployment/entente", "HorizontalPodAutoscaler/entente",
                "NetworkPolicy/entente", "PodDisruptionBudget/entente", "Service/entente"), render("base").inventory());
        assertEquals(List.of("ConfigMap/entente-config", "Deployment/entente", "Namespace/entente-dev",
                "NetworkPolicy/entente", "NetworkPolicy/entente-postgres", "Secret/entente-database",
                "Service/entente", "Service/entente-postgres", "StatefulSet/entente-postgres"), render("overlays/dev").inventory());
        assertEquals(List.of("ConfigMap/entente-config", "Deployment/entente", "HorizontalPodAutoscaler/entente",
                "Namespace/entente", "NetworkPolicy/entente", "PodDisruptionBudget/entente", "Service/entente"),
                render("overlays/prod").inventory());
    }

    // --- Overlays ---------------------------------------------------------------------------------------------

    @Test
    void devRunsOneJvmPodAgainstItsOwnDatabase() {
        Rendered dev = render("overlays/dev");
        Deployment app = dev.one(Deployment.class, APP);
        assertEquals(1, app.getSpec().getReplicas());
        assertEquals("ghcr.io/entente/entente:0.1.0-jvm", appContainer(app.getSpec().getTemplate()).getImage());

        StatefulSet db = dev.one(StatefulSet.class, "entente-postgres");
        assertEquals(1, db.getSpec().getReplicas());
        assertEquals("postgres:17", db.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
        assertEquals(1, db.getSpec().getVolumeClaimTemplates().size(), "the database keeps its data on a PVC");
        String claim = db.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertTrue(db.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
                .anyMatch(m -> m.getName().equals(claim) && m.getMountPath().equals("/var/lib/postgresql/data")));

        Service dbService = dev.one(Service.class, "entente-postgres");
        assertEquals("None", dbService.getSpec().getClusterIP(), "headless");
        assertEquals(dbService.getMetadata().getName(), db.getSpec().getServiceName());
        assertTrue(selects(dbService.getSpec().getSelector(), db.getSpec().getTemplate()));
        assertEquals(5432, dbService.getSpec().getPorts().get(0).getPort());

        Map<String, String> config = dev.configOf(app);
        assertEquals("postgresql://entente-postgres:5432/entente", config.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("true", config.get("ENTENTE_SAMPLE_DATA_LOAD"));

        Secret credentials = dev.one(Secret.class, "entente-database");
        assertEquals(Set.of("username", "password"), credentials.getData().keySet());
        for (PodTemplateSpec pod : List.of(app.getSpec().getTemplate(), db.getSpec().getTemplate())) {
            for (String key : List.of("username", "password")) {
                assertTrue(pod.getSpec().getContainers().get(0).getEnv().stream()
                        .anyMatch(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null
                                && e.getValueFrom().getSecretKeyRef().getName().equals(credentials.getMetadata().getName())
                                && e.getValueFrom().getSecretKeyRef().getKey().equals(key)),
                        "both pods read " + key + " from the generated Secret");
            }
        }
    }

    @Test
    void prodRunsAtLeastThreeNativePodsOnDifferentNodes() {
        Rendered prod = render("overlays/prod");
        Deployment app = prod.one(Deployment.class, APP);
        assertEquals("ghcr.io/entente/entente:0.1.0-native", appContainer(app.getSpec().getTemplate()).getImage());
        HorizontalPodAutoscaler hpa = prod.one(HorizontalPodAutoscaler.class, APP);
        assertTrue(hpa.getSpec().getMinReplicas() >= 3, "HPA minReplicas " + hpa.getSpec().getMinReplicas());
        Integer replicas = app.getSpec().getReplicas();
        assertTrue(replicas == null || replicas >= 3, "replicas " + replicas + " (unset: the HPA decides)");

        List<PodAffinityTerm> required = app.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution();
        assertEquals(1, required.size());
        assertEquals("kubernetes.io/hostname", required.get(0).getTopologyKey());
        assertTrue(selects(required.get(0).getLabelSelector(), app.getSpec().getTemplate()),
                "the anti-affinity term must select the app's own pods");

        PodDisruptionBudget pdb = prod.one(PodDisruptionBudget.class, APP);
        assertEquals(2, pdb.getSpec().getMinAvailable().getIntVal());
        assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < hpa.getSpec().getMinReplicas(),
                "a budget as large as the replica count would block every drain");

        String url = prod.configOf(app).get("QUARKUS_DATASOURCE_REACTIVE_URL");
        assertNotNull(url, "prod names its (external) database in the ConfigMap");
        assertTrue(url.startsWith("postgresql://"), url);
    }

    @Test
    void baseAndProdCarryNoSecretValue() {
        for (String dir : List.of("base", "overlays/prod")) {
            Rendered rendered = render(dir);
            for (Secret secret : rendered.all(Secret.class)) {
                assertTrue(secret.getData() == null || secret.getData().isEmpty(), dir + ": Secret " + secret.getMetadata().getName());
                assertTrue(secret.getStringData() == null || secret.getStringData().isEmpty(), dir + ": Secret " + secret.getMetadata().getName());
            }
            assertFalse(rendered.yaml.contains("dev-only"), dir + " must not carry the dev-only credentials");
            // Not generated, so not renamed with a hash: the name the operator creates.
            List<String> refs = appContainer(rendered.one(Deployment.class, APP).getSpec().getTemplate()).getEnv().stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .map(e -> e.getName() + "=" + e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey()
                            + (Boolean.TRUE.equals(e.getValueFrom().getSecretKeyRef().getOptional()) ? " (optional)" : ""))
                    .toList();
            assertEquals(List.of("QUARKUS_DATASOURCE_USERNAME=entente-database/username",
                    "QUARKUS_DATASOURCE_PASSWORD=entente-database/password",
                    "MP_JWT_VERIFY_PUBLICKEY=entente-jwt/public-key (optional)"), refs, dir);
        }
    }

    // --- Every pod --------------------------------------------------------------------------------------------

    @Test
    void everyPodRunsNonRootWithAReadOnlyRootFilesystemAndNoCapabilities() {
        for (String dir : RENDERED) {
            for (PodTemplateSpec pod : render(dir).podTemplates()) {
                String where = dir + " " + pod.getMetadata().getLabels();
                PodSecurityContext podContext = pod.getSpec().getSecurityContext();
                assertNotNull(podContext, where);
                assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot(), where);
                assertNotNull(podContext.getRunAsUser(), where);
                assertTrue(podContext.getRunAsUser() > 0, where);
                assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType(), where);
                assertEquals(Boolean.FALSE, pod.getSpec().getAutomountServiceAccountToken(), where);
                for (Container container : containers(pod)) {
                    SecurityContext context = container.getSecurityContext();
                    assertNotNull(context, where + " " + container.getName());
                    assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), where + " " + container.getName());
                    assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), where + " " + container.getName());
                    assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), where + " " + container.getName());
                    assertTrue(context.getCapabilities().getAdd() == null || context.getCapabilities().getAdd().isEmpty());
                    assertTrue(context.getPrivileged() == null || !context.getPrivileged());
                }
            }
            PodSpec app = render(dir).one(Deployment.class, APP).getSpec().getTemplate().getSpec();
            assertEquals(1001L, app.getSecurityContext().getRunAsUser(), "the images' user");
            Volume tmp = app.getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst().orElseThrow();
            assertNotNull(tmp.getEmptyDir(), dir + ": /tmp is an emptyDir");
            assertTrue(appContainer(render(dir).one(Deployment.class, APP).getSpec().getTemplate()).getVolumeMounts().stream()
                    .anyMatch(m -> m.getName().equals("tmp") && m.getMountPath().equals("/tmp")), dir + ": /tmp is mounted");
        }
    }

    @Test
    void everyContainerHasRequestsAndLimitsWithLimitsAtLeastTheRequests() {
        for (String dir : RENDERED) {
            for (PodTemplateSpec pod : render(dir).podTemplates()) {
                for (Container container : containers(pod)) {
                    String where = dir + " " + container.getName();
                    Map<String, Quantity> requests = container.getResources().getRequests();
                    Map<String, Quantity> limits = container.getResources().getLimits();
                    for (String resource : List.of("cpu", "memory")) {
                        assertNotNull(requests.get(resource), where + " requests." + resource);
                        assertNotNull(limits.get(resource), where + " limits." + resource);
                        BigDecimal request = requests.get(resource).getNumericalAmount();
                        BigDecimal limit = limits.get(resource).getNumericalAmount();
                        assertTrue(request.signum() > 0, where + " requests." + resource);
                        assertTrue(limit.compareTo(request) >= 0, where + " " + resource + ": limit " + limit + " < request " + request);
                    }
                }
            }
        }
        // The native image needs far less memory than the JVM: prod must not keep the JVM's sizes.
        BigDecimal jvm = appContainer(render("overlays/dev").one(Deployment.class, APP).getSpec().getTemplate())
                .getResources().getLimits().get("memory").getNumericalAmount();
        BigDecimal nativeLimit = appContainer(render("overlays/prod").one(Deployment.class, APP).getSpec().getTemplate())
                .getResources().getLimits().get("memory").getNumericalAmount();
        assertTrue(nativeLimit.compareTo(jvm) < 0, "native " + nativeLimit + " vs JVM " + jvm);
    }

    // --- Against the application ------------------------------------------------------------------------------

    @Test
    void probeAndMetricsPathsAnswerOnTheRunningApplication() {
        for (String dir : RENDERED) {
            PodTemplateSpec pod = render(dir).one(Deployment.class, APP).getSpec().getTemplate();
            Container app = appContainer(pod);
            Map<String, Probe> probes = new TreeMap<>(Map.of(
                    "startup", app.getStartupProbe(), "readiness", app.getReadinessProbe(), "liveness", app.getLivenessProbe()));
            assertEquals(Map.of("liveness", "/q/health/live", "readiness", "/q/health/ready", "startup", "/q/health/started"),
                    probes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getHttpGet().getPath())),
                    dir);
            for (Map.Entry<String, Probe> probe : probes.entrySet()) {
                HTTPGetAction get = probe.getValue().getHttpGet();
                assertEquals(PRODUCTION_HTTP_PORT, portNumber(app, get.getPort().getStrVal(), get.getPort().getIntVal()),
                        dir + " " + probe.getKey() + " probe port");
                assertTrue(probe.getValue().getTimeoutSeconds() <= probe.getValue().getPeriodSeconds(), dir + " " + probe.getKey());
                // Readiness goes through the reactive pool to the (embedded) database.
                given().get(get.getPath()).then().statusCode(200);
            }
            int budget = app.getStartupProbe().getPeriodSeconds() * app.getStartupProbe().getFailureThreshold();
            assertTrue(budget >= 60, dir + ": the startup probe allows " + budget + "s for migrations");

            Map<String, String> annotations = pod.getMetadata().getAnnotations();
            assertEquals("true", annotations.get("prometheus.io/scrape"));
            assertEquals(String.valueOf(PRODUCTION_HTTP_PORT), annotations.get("prometheus.io/port"));
            given().get(annotations.get("prometheus.io/path")).then().statusCode(200);
        }
    }

    @Test
    void theManifestsUseThePortTheApplicationListensOn() throws IOException {
        // Tests run on 8081; the packaged application listens on Quarkus' default unless the prod configuration says
        // otherwise, so: no quarkus.http.port for prod in application.properties, and none in the ConfigMap.
        Properties properties = applicationProperties();
        List<String> overrides = properties.stringPropertyNames().stream()
                .filter(key -> key.endsWith("quarkus.http.port"))
                .filter(key -> !key.startsWith("%") || key.startsWith("%prod"))
                .toList();
        assertEquals(List.of(), overrides, "application.properties changes the production HTTP port");

        for (String dir : RENDERED) {
            Rendered rendered = render(dir);
            Deployment deployment = rendered.one(Deployment.class, APP);
            Container app = appContainer(deployment.getSpec().getTemplate());
            assertFalse(rendered.configOf(deployment).containsKey("QUARKUS_HTTP_PORT"), dir);
            assertTrue(app.getEnv().stream().map(EnvVar::getName).noneMatch("QUARKUS_HTTP_PORT"::equals), dir);
            assertEquals(List.of("http:" + PRODUCTION_HTTP_PORT), app.getPorts().stream()
                    .map(p -> p.getName() + ":" + p.getContainerPort()).toList(), dir);

            ServicePort port = rendered.one(Service.class, APP).getSpec().getPorts().get(0);
            assertEquals("http", port.getName());
            assertEquals(80, port.getPort());
            assertEquals(PRODUCTION_HTTP_PORT, portNumber(app, port.getTargetPort().getStrVal(), port.getTargetPort().getIntVal()));
        }
    }

    @Test
    void theTerminationGracePeriodOutlastsTheApplicationsShutdown() throws IOException {
        Properties properties = applicationProperties();
        for (String dir : RENDERED) {
            Rendered rendered = render(dir);
            Deployment deployment = rendered.one(Deployment.class, APP);
            Map<String, String> env = rendered.configOf(deployment);
            // On SIGTERM the app stays up, not ready, for the delay, then lets requests finish within the timeout.
            long delay = "true".equals(prodSetting(properties, env, "quarkus.shutdown.delay-enabled", "false"))
                    ? DurationConverter.parseDuration(prodSetting(properties, env, "quarkus.shutdown.delay", "0s")).toSeconds()
                    : 0;
            long timeout = DurationConverter.parseDuration(prodSetting(properties, env, "quarkus.shutdown.timeout", "0s")).toSeconds();
            assertTrue(timeout > 0, "the application sets no shutdown timeout: in-flight requests would be cut");
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Lifecycle lifecycle = appContainer(pod).getLifecycle();
            long preStop = lifecycle == null || lifecycle.getPreStop() == null || lifecycle.getPreStop().getSleep() == null
                    ? 0 : lifecycle.getPreStop().getSleep().getSeconds();
            long needed = preStop + delay + timeout;
            long grace = pod.getTerminationGracePeriodSeconds();
            assertTrue(grace > needed, dir + ": grace " + grace + "s <= preStop " + preStop + "s + delay " + delay + "s + timeout " + timeout + "s");
            assertTrue(grace <= needed + 30, dir + ": a stuck pod would linger " + grace + "s");
        }
    }

    @Test
    void everyVariableTheManifestsSetIsADocumentedSetting() throws IOException {
        // A misspelt variable is silently ignored by the application; the README lists every real one.
        Set<String> documented = Files.readAllLines(ROOT.resolve("README.md")).stream()
                .map(DOCUMENTED_VARIABLE::matcher).filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toSet());
        assertTrue(documented.contains("QUARKUS_DATASOURCE_REACTIVE_URL"), "README.md has no configuration table");
        for (String dir : RENDERED) {
            Rendered rendered = render(dir);
            Deployment deployment = rendered.one(Deployment.class, APP);
            Set<String> variables = new TreeSet<>(rendered.configOf(deployment).keySet());
            appContainer(deployment.getSpec().getTemplate()).getEnv().stream().map(EnvVar::getName).forEach(variables::add);
            // Reserved for the JWT key of the coming write API: set (optionally) now, read once writes exist.
            variables.remove("MP_JWT_VERIFY_PUBLICKEY");
            variables.removeAll(documented);
            assertEquals(Set.of(), variables, dir + ": variables that are not in the README's configuration table");
        }
    }

    // --- Wiring -----------------------------------------------------------------------------------------------

    @Test
    void servicesBudgetsPoliciesAndAutoscalersSelectTheirPods() {
        for (String dir : RENDERED) {
            Rendered rendered = render(dir);
            List<PodTemplateSpec> pods = rendered.podTemplates();
            for (Service service : rendered.all(Service.class)) {
                assertEquals(1, pods.stream().filter(p -> selects(service.getSpec().getSelector(), p)).count(),
                        dir + ": Service " + service.getMetadata().getName());
            }
            for (NetworkPolicy policy : rendered.all(NetworkPolicy.class)) {
                assertEquals(1, pods.stream().filter(p -> selects(policy.getSpec().getPodSelector(), p)).count(),
                        dir + ": NetworkPolicy " + policy.getMetadata().getName());
            }
            for (PodDisruptionBudget pdb : rendered.all(PodDisruptionBudget.class)) {
                assertTrue(selects(pdb.getSpec().getSelector(), rendered.one(Deployment.class, APP).getSpec().getTemplate()), dir);
            }
            for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
                assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
                rendered.one(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
                MetricSpec cpu = hpa.getSpec().getMetrics().get(0);
                assertEquals("cpu", cpu.getResource().getName());
                assertEquals(70, cpu.getResource().getTarget().getAverageUtilization());
                assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());
            }
            Deployment deployment = rendered.one(Deployment.class, APP);
            assertTrue(selects(deployment.getSpec().getSelector(), deployment.getSpec().getTemplate()), dir);
            assertNotNull(rendered.configOf(deployment), dir + ": envFrom names a ConfigMap that is not rendered");
        }
    }

    @Test
    void networkPoliciesLetInHttpOnlyAndOutPostgresAndDnsOnly() {
        Set<String> allowedOut = Set.of("TCP/5432", "UDP/53", "TCP/53");
        for (String dir : RENDERED) {
            NetworkPolicy policy = render(dir).one(NetworkPolicy.class, APP);
            assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes(), dir);
            List<String> in = policy.getSpec().getIngress().stream().map(NetworkPolicyIngressRule::getPorts)
                    .flatMap(List::stream).map(KubernetesManifestsTest::port).toList();
            assertEquals(List.of("TCP/" + PRODUCTION_HTTP_PORT), in, dir);
            Set<String> out = policy.getSpec().getEgress().stream().map(NetworkPolicyEgressRule::getPorts)
                    .peek(ports -> assertFalse(ports.isEmpty(), "an egress rule without ports opens every port"))
                    .flatMap(List::stream).map(KubernetesManifestsTest::port).collect(Collectors.toSet());
            assertEquals(allowedOut, out, dir);
        }
        // Dev: the app reaches its database pod, and the database accepts the app only and calls nobody.
        Rendered dev = render("overlays/dev");
        PodTemplateSpec app = dev.one(Deployment.class, APP).getSpec().getTemplate();
        PodTemplateSpec db = dev.one(StatefulSet.class, "entente-postgres").getSpec().getTemplate();
        NetworkPolicy appPolicy = dev.one(NetworkPolicy.class, APP);
        assertTrue(appPolicy.getSpec().getEgress().stream()
                .filter(rule -> rule.getPorts().stream().map(KubernetesManifestsTest::port).toList().equals(List.of("TCP/5432")))
                .allMatch(rule -> rule.getTo().size() == 1 && selects(rule.getTo().get(0).getPodSelector(), db)));
        NetworkPolicy dbPolicy = dev.one(NetworkPolicy.class, "entente-postgres");
        assertTrue(selects(dbPolicy.getSpec().getPodSelector(), db));
        assertEquals(List.of("Ingress", "Egress"), dbPolicy.getSpec().getPolicyTypes());
        assertTrue(dbPolicy.getSpec().getEgress() == null || dbPolicy.getSpec().getEgress().isEmpty());
        assertEquals(1, dbPolicy.getSpec().getIngress().size());
        NetworkPolicyIngressRule fromApp = dbPolicy.getSpec().getIngress().get(0);
        assertEquals(List.of("TCP/5432"), fromApp.getPorts().stream().map(KubernetesManifestsTest::port).toList());
        assertEquals(1, fromApp.getFrom().size());
        assertTrue(selects(fromApp.getFrom().get(0).getPodSelector(), app));
        assertFalse(selects(fromApp.getFrom().get(0).getPodSelector(), db));
    }

    // --- Rendering --------------------------------------------------------------------------------------------

    private static Rendered render(String dir) {
        return CACHE.computeIfAbsent(dir, KubernetesManifestsTest::kustomize);
    }

    private static Rendered kustomize(String dir) {
        Path path = K8S.resolve(dir);
        assertTrue(Files.isDirectory(path), "no kustomization at " + path);
        try {
            Process process = new ProcessBuilder(kubectl(), "kustomize", path.toString()).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish in 2 minutes");
            }
            String yaml = new String(out, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed:\n" + new String(err, StandardCharsets.UTF_8));
            return parse(dir, yaml);
        } catch (IOException e) {
            throw new AssertionError("kubectl kustomize " + dir + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** kubectl from $KUBECTL, the PATH, or /usr/bin; its built-in kustomize renders the same as kustomize 5. */
    private static String kubectl() {
        Stream<Path> candidates = Stream.concat(
                Stream.ofNullable(System.getenv("KUBECTL")).map(Path::of),
                Stream.concat(Stream.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(java.io.File.pathSeparator))
                        .filter(s -> !s.isEmpty()).map(s -> Path.of(s, "kubectl")), Stream.of(Path.of("/usr/bin/kubectl"))));
        return candidates.filter(Files::isExecutable).findFirst().map(Path::toString).orElseThrow(() -> new AssertionError(
                "kubectl not found (tried $KUBECTL, the PATH and /usr/bin/kubectl): the Kubernetes manifests cannot be rendered "
                        + "and validated. Install kubectl 1.27 or newer (it embeds kustomize 5)."));
    }

    /** Splits the multi-document YAML and reads each document into its typed class, refusing unknown fields. */
    private static Rendered parse(String dir, String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try {
            for (JsonNode document : STRICT.readerFor(JsonNode.class).readValues(yaml).readAll().stream()
                    .map(JsonNode.class::cast).filter(d -> !d.isNull() && !d.isMissingNode()).toList()) {
                String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
                Class<? extends HasMetadata> typeClass = TYPES.get(type);
                if (typeClass == null) {
                    throw new IllegalArgumentException(dir + ": unexpected object type " + type + " (known: " + new TreeMap<>(TYPES).keySet() + ")");
                }
                try {
                    objects.add(STRICT.treeToValue(document, typeClass));
                } catch (JsonProcessingException e) {
                    throw new AssertionError(dir + ": " + type + " " + document.path("metadata").path("name").asText()
                            + " does not match the Kubernetes API schema: " + e.getOriginalMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(dir + ": the rendered YAML does not parse", e);
        }
        return new Rendered(yaml, objects);
    }

    /**
     * Jackson that refuses what the Kubernetes API server would prune or refuse: unknown fields (fabric8 would put them
     * in additionalProperties through its any-setters, so those are switched off), duplicate keys, and scalars of the
     * wrong type.
     */
    private static ObjectMapper strictMapper() {
        return YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Boolean hasAnySetter(Annotated annotated) {
                        return Boolean.FALSE;
                    }
                })
                .build();
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(ROOT.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * A setting as the packaged application (prod profile) sees it: {@code %prod.key} or {@code key} from
     * application.properties, with a {@code ${VARIABLE:default}} expression resolved from the ConfigMap.
     */
    private static String prodSetting(Properties properties, Map<String, String> env, String key, String fallback) {
        String value = properties.getProperty("%prod." + key, properties.getProperty(key, fallback)).trim();
        Matcher expression = EXPRESSION.matcher(value);
        return expression.matches() ? env.getOrDefault(expression.group(1), expression.group(2)) : value;
    }

    private static Container appContainer(PodTemplateSpec pod) {
        return appContainer(pod.getSpec());
    }

    private static Container appContainer(PodSpec pod) {
        return pod.getContainers().stream().filter(c -> c.getName().equals(APP)).findFirst()
                .orElseThrow(() -> new AssertionError("no container named " + APP));
    }

    /** The init containers, then the containers. */
    private static List<Container> containers(PodTemplateSpec pod) {
        return Stream.concat(Stream.ofNullable(pod.getSpec().getInitContainers()).flatMap(List::stream),
                pod.getSpec().getContainers().stream()).toList();
    }

    private static int portNumber(Container container, String name, Integer number) {
        if (name == null) {
            return number;
        }
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError("no container port named " + name));
    }

    private static String port(NetworkPolicyPort port) {
        return Objects.requireNonNullElse(port.getProtocol(), "TCP") + "/"
                + (port.getPort().getIntVal() != null ? port.getPort().getIntVal() : port.getPort().getStrVal());
    }

    private static boolean selects(LabelSelector selector, PodTemplateSpec pod) {
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(), "matchExpressions are not checked here");
        return selects(selector.getMatchLabels(), pod);
    }

    private static boolean selects(Map<String, String> matchLabels, PodTemplateSpec pod) {
        assertNotNull(matchLabels, "an empty selector selects everything");
        assertFalse(matchLabels.isEmpty(), "an empty selector selects everything");
        return pod.getMetadata().getLabels().entrySet().containsAll(matchLabels.entrySet());
    }

    /** One rendered kustomization: its YAML and its typed objects. */
    private record Rendered(String yaml, List<HasMetadata> objects) {

        List<String> inventory() {
            return objects.stream().map(o -> o.getKind() + "/" + baseName(o)).sorted().toList();
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            List<T> found = all(type).stream().filter(o -> baseName(o).equals(name)).toList();
            assertEquals(1, found.size(), type.getSimpleName() + "/" + name);
            return found.get(0);
        }

        List<PodTemplateSpec> podTemplates() {
            return Stream.concat(all(Deployment.class).stream().map(d -> d.getSpec().getTemplate()),
                    all(StatefulSet.class).stream().map(s -> s.getSpec().getTemplate())).toList();
        }

        /** The settings the Deployment's envFrom reads, or null when it names no rendered ConfigMap. */
        Map<String, String> configOf(Deployment deployment) {
            List<String> names = appContainer(deployment.getSpec().getTemplate()).getEnvFrom().stream()
                    .filter(e -> e.getConfigMapRef() != null).map(e -> e.getConfigMapRef().getName()).toList();
            assertEquals(1, names.size(), "one ConfigMap in envFrom");
            return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(names.get(0)))
                    .map(ConfigMap::getData).findFirst().orElse(null);
        }

        private static String baseName(HasMetadata object) {
            String name = object.getMetadata().getName();
            Predicate<HasMetadata> generated = o -> o instanceof ConfigMap || o instanceof Secret;
            return generated.test(object) ? HASH_SUFFIX.matcher(name).replaceFirst("") : name;
        }
    }
}
