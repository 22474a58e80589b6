package io.entente.graphql.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.EngineRunningObserver;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.FieldValueInfo.CompleteValueType;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;

/**
 * graphql-java's query strategy, with a short way for the most common fields of a response: a property of the
 * object at hand ({@code Meeting.title}, {@code Official.fullName}, {@code Edge.node}), and a batch field of a
 * parent whose batch another parent has already made ({@code Meeting.participants} of the 2nd to 50th meeting).
 *
 * <p>For each such field graphql-java builds path segments, step infos, parameter copies, a memoized environment,
 * instrumentation parameters and a fetched-value wrapper, and looks the field up four times: in a page of 50
 * meetings with their participants that was a third of the request's CPU. Here a plain field's value is read and
 * serialized directly if it is a scalar or an enum, and completed by graphql-java without the fetching steps if it
 * is an object or a list. An object, or a list of objects, whose selection is all plain (scalars, enums,
 * {@code __typename} and objects whose own selection is all plain: {@code participants { official { fullName } }})
 * is completed in one pass into the answer's maps and lists, and an object's selection is collected once per request
 * and type rather than once per object. Anything else (root fields, other fields with arguments, the parent that
 * makes a batch) goes the usual way, and so does a plain field whose value is null or fails to serialize (with its
 * whole object or list, when that was taking the short way), so that non-null checks and errors stay graphql-java's.
 * The short way does not count result nodes (graphql-java's optional {@code MAX_RESULT_NODES}, which Entente does
 * not set: its own limits refuse oversized queries before they run). A batch field's later
 * parent joins the batch ({@link BatchFields}) without an environment, instrumentation parameters or graphql-java's
 * futures around the fetch; its value or failure is then completed as graphql-java completes a fetched one (the
 * environment is built only for a failure, for the exception handler). Skipping the per-field instrumentation is
 * safe because Entente's chain takes no part in fields ({@link OperationInstrumentation}); the short way is only
 * taken with that chain, without DataLoader dispatching, which counts fields, and without incremental delivery
 * ({@code @defer}), and batch fields only without an engine-running observer, which watches graphql-java's futures.
 */
public final class PlainFieldsStrategy extends AsyncExecutionStrategy {

    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new IllegalStateException("a plain property needs no environment");
    };

    /**
     * Whether graphql-java treats values of a class specially (a DataFetcherResult, a future, a publisher): those take
     * its usual way. Known once per class: a check against an interface walks the class's interfaces on every call.
     */
    private static final ClassValue<Boolean> TREATED_SPECIALLY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return DataFetcherResult.class.isAssignableFrom(type) || CompletionStage.class.isAssignableFrom(type)
                    || Flow.Publisher.class.isAssignableFrom(type) || Publisher.class.isAssignableFrom(type);
        }
    };

    private static final String TYPENAME = "__typename";
    /** The request's collected selections ({@link #collected}), in its GraphQL context. */
    private static final String SELECTIONS = PlainFieldsStrategy.class.getName() + ".selections";

    /** A field of the document (the same node for every object it is asked of) on an object type. */
    private record SelectionKey(Field field, GraphQLObjectType type) {
    }

    /** A plain field: how to read it, and its scalar or enum type (neither for an object or a list). */
    private record PlainField(GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher, GraphQLScalarType scalar,
            GraphQLEnumType enumeration, GraphQLObjectType object) {

        boolean isLeaf() {
            return scalar != null || enumeration != null;
        }
    }

    /** Object type name, then field name. */
    private final Map<String, Map<String, PlainField>> plainFields;
    /** Object type name, then field name. */
    private final Map<String, Map<String, BatchFields.BatchFetcher>> batchFields;

    private PlainFieldsStrategy(DataFetcherExceptionHandler exceptionHandler, Map<String, Map<String, PlainField>> plainFields,
            Map<String, Map<String, BatchFields.BatchFetcher>> batchFields) {
        super(exceptionHandler);
        this.plainFields = plainFields;
        this.batchFields = batchFields;
    }

    /**
     * The strategy for {@code schema}, whose plain fields are those read by {@link PlainFields} and batch fields
     * those loaded by {@link BatchFields}.
     */
    public static PlainFieldsStrategy of(GraphQLSchema schema, DataFetcherExceptionHandler exceptionHandler) {
        Map<String, Map<String, PlainField>> plain = new HashMap<>();
        Map<String, Map<String, BatchFields.BatchFetcher>> batches = new HashMap<>();
        DataFetchers.forEachField(schema, (object, field, fetcher) -> {
            if (fetcher instanceof BatchFields.BatchFetcher batch) {
                batches.computeIfAbsent(object.getName(), name -> new HashMap<>()).put(field.getName(), batch);
            } else if (PlainFields.isPlain(fetcher) && field.getArguments().isEmpty()) {
                GraphQLType leaf = GraphQLTypeUtil.unwrapNonNull(field.getType());
                plain.computeIfAbsent(object.getName(), name -> new HashMap<>()).put(field.getName(),
                        new PlainField(field, (LightDataFetcher<?>) fetcher,
                                leaf instanceof GraphQLScalarType scalar ? scalar : null,
                                leaf instanceof GraphQLEnumType enumeration ? enumeration : null,
                                leaf instanceof GraphQLObjectType objectType ? objectType : null));
            }
        });
        return new PlainFieldsStrategy(exceptionHandler, plain, batches);
    }

    @Override
    protected Object resolveFieldWithInfo(ExecutionContext context, ExecutionStrategyParameters parameters) {
        PendingBatch batch = pendingBatch(context, parameters);
        if (batch != null) {
            return joined(context, parameters, batch);
        }
        PlainField field = plainField(context, parameters, parameters.getField());
        Object value = field == null ? null : value(context, field, parameters.getSource());
        if (value != null && field.isLeaf()) {
            Object serialized = serialized(context, field, value);
            if (serialized != null) {
                return new FieldValueInfo(field.scalar() != null ? CompleteValueType.SCALAR : CompleteValueType.ENUM, serialized);
            }
        } else if (value != null && !TREATED_SPECIALLY.get(value.getClass())) {
            return completed(context, parameters, field, value);
        }
        return super.resolveFieldWithInfo(context, parameters);
    }

    /**
     * A plain object or list ({@code Edge.node}, {@code Connection.edges}) is completed as graphql-java completes a
     * fetched value, without the fetching steps: its step info, then {@code completeValue}, which goes on into its
     * fields.
     */
    private Object completed(ExecutionContext context, ExecutionStrategyParameters parameters, PlainField field, Object value) {
        try {
            GraphQLObjectType parent = (GraphQLObjectType) parameters.getExecutionStepInfo().getUnwrappedNonNullType();
            ExecutionStepInfo step = createExecutionStepInfo(context, parameters, field.definition(), parent);
            return completeValue(context, parameters.transform(builder -> builder.executionStepInfo(step).source(value)));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e); // as graphql-java does with a failure completing a field
        }
    }

    /**
     * The parent at hand joins the field's batch; the value it gets, or the batch's failure, is then completed as
     * graphql-java completes a fetched value (a failure through the exception handler, as a field error at this path).
     */
    private CompletableFuture<FieldValueInfo> joined(ExecutionContext context, ExecutionStrategyParameters parameters,
            PendingBatch batch) {
        CompletableFuture<FieldValueInfo> completed = new CompletableFuture<>();
        batch.add(parameters.getSource()).whenComplete((value, failure) -> {
            if (failure == null) {
                complete(completed, context, parameters, value);
                return;
            }
            handleFetchingException(environment(context, parameters), parameters, failure).whenComplete((errors, again) -> {
                if (again != null) {
                    completed.completeExceptionally(again);
                } else {
                    complete(completed, context, parameters, errors);
                }
            });
        });
        return completed;
    }

    private void complete(CompletableFuture<FieldValueInfo> completed, ExecutionContext context,
            ExecutionStrategyParameters parameters, Object fetched) {
        try {
            completed.complete(completeField(context, parameters, unboxPossibleDataFetcherResult(context, parameters, fetched)));
        } catch (Exception e) {
            // as graphql-java's thenApply around completeField would report it
            completed.completeExceptionally(e instanceof CompletionException ? e : new CompletionException(e));
        }
    }

    /** What the exception handler reads of a failed field: its definition, position in the document and path. */
    private DataFetchingEnvironment environment(ExecutionContext context, ExecutionStrategyParameters parameters) {
        GraphQLObjectType parent = (GraphQLObjectType) parameters.getExecutionStepInfo().getUnwrappedNonNullType();
        GraphQLFieldDefinition definition = getFieldDef(context, parameters, parameters.getField().getSingleField());
        ExecutionStepInfo step = createExecutionStepInfo(context, parameters, definition, parent);
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context)
                .source(parameters.getSource())
                .localContext(parameters.getLocalContext())
                .arguments(step::getArguments)
                .fieldDefinition(definition)
                .mergedField(parameters.getField())
                .fieldType(definition.getType())
                .executionStepInfo(step)
                .parentType(parent)
                .build();
    }

    /**
     * An object whose selected fields are all plain ({@code hostCountry { name }}, {@code participants { official {
     * fullName } }}) is completed in one pass: the same map of response keys to values graphql-java would build,
     * without a step per field. (Objects completed by this strategy get here only when they are not all plain.)
     */
    @Override
    protected Object executeObject(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (isShortWayOpen(context) && parameters.getField() != null
                && parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType type) {
            Map<String, Object> values = plainObject(context, collected(context, parameters.getField(), type), type, parameters.getSource());
            if (values != null) {
                return values;
            }
        }
        return super.executeObject(context, parameters);
    }

    /**
     * As graphql-java completes an object (a list's item, a fetched value), with the object's selection collected once
     * per request and type instead of once per object, and completed in one pass when all of it is plain.
     */
    @Override
    protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
            GraphQLObjectType type, Object result) {
        if (!isShortWayOpen(context) || context.getQueryStrategy() != this) {
            return super.completeValueForObject(context, parameters, type, result);
        }
        Collected collected = collected(context, parameters.getField(), type);
        Map<String, Object> values = plainObject(context, collected, type, result);
        if (values != null) {
            return values;
        }
        ExecutionStepInfo step = parameters.getExecutionStepInfo().changeTypeWithPreservedNonNull(type);
        return super.executeObject(context,
                parameters.transform(builder -> builder.executionStepInfo(step).fields(collected.selection()).source(result)));
    }

    /**
     * A list of objects whose selection is all plain ({@code participants { role official { fullName } }}) is
     * completed in one pass over its items, without graphql-java's step per item; a null item, or a null or failing
     * value inside one, sends the whole list the usual way.
     */
    @Override
    protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
            Iterable<Object> items) {
        if (isShortWayOpen(context) && context.getQueryStrategy() == this
                && GraphQLTypeUtil.unwrapNonNull(parameters.getExecutionStepInfo().getType()) instanceof GraphQLList list
                && GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType type) {
            Collected collected = collected(context, parameters.getField(), type);
            if (collected.plain()) {
                List<Object> values = new ArrayList<>();
                for (Object item : items) {
                    Object value = item == null || TREATED_SPECIALLY.get(item.getClass()) ? null
                            : plainObject(context, collected, type, item);
                    if (value == null) {
                        return super.completeValueForList(context, parameters, items);
                    }
                    values.add(value);
                }
                return new FieldValueInfo(CompleteValueType.LIST, values);
            }
        }
        return super.completeValueForList(context, parameters, items);
    }

    /**
     * The values of {@code source}'s selected fields, or null if the selection is not all plain, or a value is null or
     * fails to read or serialize: graphql-java then completes the object and reports those.
     */
    private Map<String, Object> plainObject(ExecutionContext context, Collected collected, GraphQLObjectType type, Object source) {
        if (!collected.plain()) {
            return null;
        }
        MergedSelectionSet selection = collected.selection();
        Map<String, PlainField> fields = plainFields.get(type.getName());
        Map<String, Object> values = new LinkedHashMap<>(selection.size() * 4 / 3 + 1);
        for (String key : selection.getKeys()) {
            MergedField merged = selection.getSubField(key);
            PlainField field = fields == null ? null : fields.get(merged.getName());
            Object value;
            if (field == null) {
                value = type.getName(); // __typename, the one other field a plain selection has
            } else {
                value = value(context, field, source);
                if (value == null) {
                    return null;
                } else if (field.isLeaf()) {
                    value = serialized(context, field, value);
                } else if (!TREATED_SPECIALLY.get(value.getClass())) {
                    value = plainObject(context, collected(context, merged, field.object()), field.object(), value);
                } else {
                    return null;
                }
                if (value == null) {
                    return null;
                }
            }
            values.put(key, value);
        }
        return values;
    }

    /** What the request knows of a field's selection on an object type; {@code plain}: see {@link #isPlain}. */
    private record Collected(MergedSelectionSet selection, boolean plain) {
    }

    /**
     * The selection of {@code merged} on an object of {@code type}, collected once per request: graphql-java collects
     * it again for every object (a participant's {@code official}, each of 200 participants).
     */
    private Collected collected(ExecutionContext context, MergedField merged, GraphQLObjectType type) {
        Map<SelectionKey, Collected> known = context.getGraphQLContext().computeIfAbsent(SELECTIONS, k -> new ConcurrentHashMap<>());
        SelectionKey key = merged.getFields().size() == 1 ? new SelectionKey(merged.getSingleField(), type) : null;
        Collected collected = key == null ? null : known.get(key);
        if (collected == null) {
            FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
                    .schema(context.getGraphQLSchema())
                    .objectType(type)
                    .fragments(context.getFragmentsByName())
                    .variables(context.getCoercedVariables().toMap())
                    .graphQLContext(context.getGraphQLContext())
                    .build();
            MergedSelectionSet selection = fieldCollector.collectFields(parameters, merged, context.hasIncrementalSupport());
            collected = new Collected(selection, isPlain(context, selection, type));
            if (key != null) {
                known.put(key, collected);
            }
        }
        return collected;
    }

    /**
     * Whether every field of the selection is a plain scalar or enum, {@code __typename}, or a plain object field
     * whose own selection is all plain in turn: such an object can be completed in one pass, values permitting.
     */
    private boolean isPlain(ExecutionContext context, MergedSelectionSet selection, GraphQLObjectType type) {
        Map<String, PlainField> fields = plainFields.get(type.getName());
        for (MergedField merged : selection.getSubFieldsList()) {
            PlainField field = fields == null ? null : fields.get(merged.getName());
            boolean plain = field == null ? TYPENAME.equals(merged.getName())
                    : field.isLeaf() || field.object() != null && collected(context, merged, field.object()).plain();
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** The plain field {@code merged} of the object at hand, or null if it is not one or the short way is closed. */
    private PlainField plainField(ExecutionContext context, ExecutionStrategyParameters parameters, MergedField merged) {
        PlainField field = fieldOf(plainFields, parameters, merged);
        return field != null && isShortWayOpen(context) ? field : null;
    }

    /**
     * The batch the field at hand has in this request, or null if it is not a batch field, no parent has made its
     * batch yet (the first one makes it, with its arguments, the usual way) or the short way is closed.
     */
    private PendingBatch pendingBatch(ExecutionContext context, ExecutionStrategyParameters parameters) {
        BatchFields.BatchFetcher fetcher = fieldOf(batchFields, parameters, parameters.getField());
        if (fetcher == null || !isShortWayOpen(context)
                || context.getGraphQLContext().get(EngineRunningObserver.ENGINE_RUNNING_OBSERVER_KEY) != null) {
            return null;
        }
        return fetcher.pendingIn(context.getGraphQLContext());
    }

    private static <T> T fieldOf(Map<String, Map<String, T>> byType, ExecutionStrategyParameters parameters, MergedField merged) {
        if (!(parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType parent)) {
            return null;
        }
        Map<String, T> fields = byType.get(parent.getName());
        return fields == null ? null : fields.get(merged.getName());
    }

    private static boolean isShortWayOpen(ExecutionContext context) {
        return context.getInstrumentation() instanceof OperationInstrumentation
                && context.getDataLoaderDispatcherStrategy() == DataLoaderDispatchStrategy.NO_OP
                && !context.hasIncrementalSupport();
    }

    /** The field's value, or null if it is null or cannot be read without an environment (the usual way reads those). */
    private static Object value(ExecutionContext context, PlainField field, Object source) {
        try {
            return context.getValueUnboxer().unbox(field.fetcher().get(field.definition(), source, NO_ENVIRONMENT));
        } catch (Exception e) {
            return null;
        }
    }

    /** A scalar or enum value serialized, or null if it does not serialize (the usual way reports that). */
    private static Object serialized(ExecutionContext context, PlainField field, Object value) {
        try {
            return field.scalar() != null
                    ? field.scalar().getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                    : field.enumeration().serialize(value, context.getGraphQLContext(), context.getLocale());
        } catch (Exception e) {
            return null;
        }
    }
}
