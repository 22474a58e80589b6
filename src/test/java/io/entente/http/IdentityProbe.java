package io.entente.http;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Test only, on with {@code io.entente.test.identity-probe=true}: when an operation named {@code Probe...} starts,
 * records the security identity Quarkus associates with it and whether a {@code @RolesAllowed("editor")} method
 * lets it through ({@link RolesProbe}), whichever transport brought the operation. The records go to the JVM's
 * system properties ({@link #seen}): SmallRye may keep the probe of an earlier start of the application, from
 * another class loader than the test's.
 */
public class IdentityProbe implements EventingService {

    private static final String PREFIX = "io.entente.test.probe.";
    private static final Pattern PROBE = Pattern.compile("(?:query|subscription) (Probe\\w+)");

    @Override
    public String getConfigKey() {
        return null; // always loaded; on only under the test's setting (read at each operation, see above)
    }

    static String seen(String key) {
        return System.getProperty(PREFIX + key);
    }

    @Override
    public void beforeExecute(Context context) {
        // SmallRye knows an operation's name only when the request sends it apart from the document: read it there.
        Matcher named = PROBE.matcher(context.getQuery() == null ? "" : context.getQuery());
        String name = named.find() ? named.group(1) : "";
        if (name.isEmpty() || !ConfigProvider.getConfig()
                .getOptionalValue("io.entente.test.identity-probe", Boolean.class).orElse(false)) {
            return;
        }
        Map<String, String> SEEN = new SystemProperties();
        CurrentIdentityAssociation identities = Arc.container().instance(CurrentIdentityAssociation.class).get();
        identities.getDeferredIdentity().subscribe().with(
                identity -> SEEN.put(name + ".identity", identity.isAnonymous() ? "anonymous"
                        : identity.getPrincipal().getName() + " " + new TreeSet<>(identity.getRoles())),
                failure -> SEEN.put(name + ".identity", failure.getClass().getSimpleName()));
        Arc.container().instance(RolesProbe.class).get().editorOnly().subscribe().with(
                allowed -> SEEN.put(name + ".editorOnly", allowed),
                refused -> SEEN.put(name + ".editorOnly", refused.getClass().getSimpleName()));
    }

    /** Writes to the system properties under {@link #PREFIX}. */
    private static final class SystemProperties extends AbstractMap<String, String> {

        @Override
        public String put(String key, String value) {
            return (String) System.getProperties().put(PREFIX + key, value);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    }
}
