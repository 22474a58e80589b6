package io.entente.graphql;

import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.graphql.GraphQLApi;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.entente.graphql.engine.BatchFields;
import io.entente.graphql.engine.PlainFields;
import io.entente.graphql.engine.PlainFieldsStrategy;
import io.entente.graphql.engine.RootFieldSelections;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.EventingService;

/**
 * Shapes the GraphQL engine SmallRye builds (lazily, on the first request): Entente's instrumentations
 * ({@link EngineParts}), plain properties read directly ({@link PlainFields}) and completed without graphql-java's
 * per-field machinery ({@link PlainFieldsStrategy}, with SmallRye's exception handler, as its own strategy has),
 * batch fields resolved by our own loaders ({@link BatchFields}), and root fields resolved knowing their selection
 * ({@link RootFieldSelections}).
 *
 * <p>Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService} rather than as a CDI
 * observer: CDI eventing in SmallRye GraphQL also fires an event around every field of every response, which
 * costs more than a whole simple query. The builder has no getter and its setter replaces the chain, so
 * SmallRye's own instrumentations are read from a throwaway build and kept first.
 */
public class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        LOG.debug("Adding Entente's GraphQL instrumentations");
        EngineParts parts = Arc.container().instance(EngineParts.class).get();
        GraphQL smallRye = builder.build();
        GraphQLSchema schema = PlainFields.readDirectly(withoutFieldFilter(smallRye.getGraphQLSchema()));
        GraphQLSchema loadedDirectly = RootFieldSelections.wrap(BatchFields.loadDirectly(schema, apis()));
        forgetSmallRyeBatchOperations();
        if (smallRye.getQueryStrategy().getClass() == AsyncExecutionStrategy.class) {
            builder.queryExecutionStrategy(PlainFieldsStrategy.of(loadedDirectly, new ExceptionHandler()));
        } else {
            LOG.warnf("Keeping the query strategy SmallRye was given (%s); plain fields take graphql-java's usual way",
                    smallRye.getQueryStrategy().getClass().getName());
        }
        return builder.schema(loadedDirectly)
                .instrumentation(parts.instrumentations(smallRye.getInstrumentation()));
    }

    /**
     * SmallRye builds a DataLoader for every batch operation of its schema model at the start of every request
     * (about 40 here, each with a new reflective invoker that loads its classes again): a tenth of a key lookup's
     * CPU, for loaders that nothing calls once {@link BatchFields} has replaced every batch fetcher. The model's
     * batch operations are only read to build the engine, which is done by now; without them SmallRye skips the
     * registry.
     */
    private static void forgetSmallRyeBatchOperations() {
        InstanceHandle<Schema> model = Arc.container().instance(Schema.class);
        if (!model.isAvailable()) {
            LOG.warn("SmallRye's schema model is not available; its DataLoaders will be built for every request");
            return;
        }
        for (Type type : model.get().getTypes().values()) {
            type.setBatchOperations(new LinkedHashMap<>());
        }
    }

    /**
     * SmallRye treats its field-visibility setting as a list of regular expressions of fields to hide, unless it
     * is empty, and the setting's default, {@code default}, is not empty: every field of every response was looked
     * up through a regular expression that hides nothing. With the default setting, fields are looked up directly.
     */
    private static GraphQLSchema withoutFieldFilter(GraphQLSchema schema) {
        String visibility = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default");
        if (!visibility.equals("default")) {
            return schema;
        }
        GraphQLCodeRegistry registry = schema.getCodeRegistry()
                .transform(builder -> builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        return schema.transform(builder -> builder.codeRegistry(registry));
    }

    /** The beans whose methods make up the API. */
    private static List<Object> apis() {
        BeanManager beans = Arc.container().beanManager();
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(GraphQLApi.class))
                .distinct()
                .map(type -> (Object) Arc.container().instance(type).get())
                .toList();
    }
}
