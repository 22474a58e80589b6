package io.entente.graphql.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.entente.db.Selection;
import io.smallrye.mutiny.Uni;

/**
 * Resolves the nested fields written as batch methods ({@code participants(@Source List<Meeting> parents)}) with
 * our own batches ({@link PendingBatch}) instead of SmallRye's DataLoaders.
 *
 * <p>SmallRye's batch fetcher builds a request context for every parent (copying the environment and the
 * selected sub-fields into JSON) and hands graphql-java context-propagating futures, whose every dependent
 * step then captures and restores thread contexts: in a nest of 20 countries, 100 officials, 500 meetings and
 * 2,000 participants that was most of what a request cost. Here a field's batch is created once per request,
 * its batch method is called once per level with all the parents, and its answer is a plain future.
 *
 * <p>The batch methods stay where they are, in the features' API classes, and SmallRye still reads them to
 * build the schema; this class only changes who calls them. A batch gets the arguments its first parent was
 * asked with, as SmallRye's did ({@code BatchArgumentsInstrumentation} refuses queries where that would
 * matter). The methods are found and called by reflection; {@code io.entente.BatchMethodClasses} registers their
 * classes for native images.
 */
public final class BatchFields {

    private static final String SMALLRYE_BATCH_FETCHER = "io.smallrye.graphql.execution.datafetcher.BatchDataFetcher";

    private BatchFields() {
    }

    /** The schema with every SmallRye batch fetcher replaced; fails if a batch field has no method among {@code apis}. */
    public static GraphQLSchema loadDirectly(GraphQLSchema schema, List<Object> apis) {
        Map<String, BatchMethod> methods = batchMethods(apis);
        return DataFetchers.replace(schema, (type, field, current) -> {
            if (!current.getClass().getName().equals(SMALLRYE_BATCH_FETCHER)) {
                return null;
            }
            String name = type.getName() + "." + field.getName();
            BatchMethod method = methods.get(name);
            if (method == null || method.parameters.length != field.getArguments().size()) {
                throw new IllegalStateException("No batch method found for " + name + " among " + methods.keySet());
            }
            return fetcher(type, field, method);
        });
    }

    private static Map<String, BatchMethod> batchMethods(List<Object> apis) {
        Map<String, BatchMethod> methods = new HashMap<>();
        for (Object api : apis) {
            for (Method method : userClass(api).getMethods()) {
                if (method.getParameterCount() == 0 || !method.getParameters()[0].isAnnotationPresent(Source.class)
                        || !(method.getGenericParameterTypes()[0] instanceof ParameterizedType list)
                        || list.getRawType() != List.class) {
                    continue;
                }
                Class<?> parent = (Class<?>) list.getActualTypeArguments()[0];
                Name fieldName = method.getAnnotation(Name.class);
                String name = typeName(parent) + "." + (fieldName == null ? method.getName() : fieldName.value());
                methods.put(name, BatchMethod.of(api, method));
            }
        }
        return methods;
    }

    /** The bean's own class, not the subclass a CDI container may have generated around it. */
    private static Class<?> userClass(Object bean) {
        Class<?> type = bean.getClass();
        return type.getName().contains("_Subclass") || type.getName().contains("_ClientProxy") ? type.getSuperclass() : type;
    }

    private static String typeName(Class<?> type) {
        var explicit = type.getAnnotation(org.eclipse.microprofile.graphql.Type.class);
        if (explicit != null && !explicit.value().isEmpty()) {
            return explicit.value();
        }
        Name name = type.getAnnotation(Name.class);
        return name != null ? name.value() : type.getSimpleName();
    }

    /** The fetcher that resolves {@code field} of {@code type} with {@code method} of {@code api}, as a batch method. */
    static DataFetcher<Object> fetcher(GraphQLObjectType type, GraphQLFieldDefinition field, Object api, Method method) {
        return fetcher(type, field, BatchMethod.of(api, method));
    }

    private static BatchFetcher fetcher(GraphQLObjectType type, GraphQLFieldDefinition field, BatchMethod method) {
        return new BatchFetcher(type.getName() + "." + field.getName(), FieldCoordinates.coordinates(type, field), method,
                field.getArguments());
    }

    /** @param parameters the method's parameters after the parents: the field's GraphQL arguments, in order */
    private record BatchMethod(Object api, Method method, Class<?>[] parameters) {

        static BatchMethod of(Object api, Method method) {
            Class<?>[] all = method.getParameterTypes();
            return new BatchMethod(api, method, Arrays.copyOfRange(all, 1, all.length));
        }

        /**
         * Calls the method with the selection in place while it builds its statement, then subscribes outside it:
         * an answer already at hand completes the parents' futures at once, and graphql-java then resolves their
         * fields on this thread, which must not see this batch's selection.
         */
        CompletionStage<List<Object>> call(List<Object> parents, Object[] arguments, Selection selection) {
            Object[] all = new Object[arguments.length + 1];
            all[0] = parents;
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            Object result;
            try {
                result = selection.during(() -> invoke(all));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            return answer(result);
        }

        private Object invoke(Object[] all) {
            try {
                return method.invoke(api, all);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static CompletionStage<List<Object>> answer(Object result) {
            if (result instanceof Uni<?> uni) {
                // A plain future: SmallRye's context-propagating ones tax every step graphql-java adds to them.
                CompletableFuture<List<Object>> future = new CompletableFuture<>();
                uni.subscribe().with(list -> future.complete((List<Object>) list), future::completeExceptionally);
                return future;
            }
            if (result instanceof CompletionStage<?> stage) {
                return (CompletionStage<List<Object>>) stage;
            }
            return CompletableFuture.completedFuture((List<Object>) result);
        }
    }

    /** Queues each parent on the field's batch for this request; the batch is made by the first parent. */
    record BatchFetcher(String name, String contextKey, FieldCoordinates coordinates, BatchMethod method,
            List<GraphQLArgument> arguments) implements DataFetcher<Object> {

        BatchFetcher(String name, FieldCoordinates coordinates, BatchMethod method, List<GraphQLArgument> arguments) {
            // built once: the fetcher runs for every parent object of every response
            this(name, PendingBatch.class.getName() + name, coordinates, method, arguments);
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            PendingBatch batch = env.getGraphQlContext().computeIfAbsent(contextKey, key -> {
                Object[] values = arguments(env);
                Selection selection = Selection.of(env.getGraphQlContext(), coordinates);
                return new PendingBatch(parents -> method.call(parents, values, selection));
            });
            return batch.add(env.getSource());
        }

        /**
         * The field's batch in this request once its first parent has made it (with that parent's arguments), else
         * null: later parents can join it without an environment ({@link PlainFieldsStrategy}).
         */
        PendingBatch pendingIn(GraphQLContext context) {
            return context.get(contextKey);
        }

        private Object[] arguments(DataFetchingEnvironment env) {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                String argument = arguments.get(i).getName();
                values[i] = convert(argument, env.getArgument(argument), method.parameters[i]);
            }
            return values;
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private static Object convert(String argument, Object value, Type type) {
            if (value == null || ((Class<?>) type).isInstance(value)) {
                return value;
            }
            if (type == LocalDate.class) {
                try {
                    return LocalDate.parse(value.toString());
                } catch (DateTimeParseException e) {
                    throw new InvalidBatchArgument(e);
                }
            }
            if (type == Integer.class && value instanceof Number number) {
                // SmallRye's Int scalar gives BigDecimal; the schema has checked it is a 32-bit integer.
                return number.intValue();
            }
            if (((Class<?>) type).isEnum()) {
                return Enum.valueOf((Class<Enum>) type, value.toString());
            }
            throw new IllegalStateException("Argument '" + argument + "' of type " + value.getClass().getName()
                    + " cannot be given as " + type);
        }
    }
}
