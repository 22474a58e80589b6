package io.entente.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;

/**
 * graphql-java's query strategy, with a short way for the most common field of a response: a property of the
 * object at hand whose value is a scalar or an enum ({@code Meeting.title}, {@code Official.fullName}).
 *
 * <p>For each such field graphql-java builds path segments, step infos, parameter copies, a memoized
 * environment, instrumentation parameters and a fetched-value wrapper, and looks the field up four times: in a
 * page of 50 meetings with their participants that was a third of the request's CPU. Here a plain field's value
 * is read and serialized directly. Anything else (objects, lists, batch fields, root fields, {@code __typename})
 * goes the usual way, and so does a plain field whose value is null or fails to serialize, so that non-null
 * checks and errors stay graphql-java's. Skipping the per-field instrumentation is safe because Entente's chain
 * takes no part in fields ({@link OperationInstrumentation}); the short way is only taken with that chain and
 * without DataLoader dispatching, which counts fields.
 */
final class PlainFieldsStrategy extends AsyncExecutionStrategy {

    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new IllegalStateException("a plain property needs no environment");
    };

    /** A plain field: how to read it, and its scalar or enum type. */
    private record PlainField(GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher, GraphQLScalarType scalar,
            GraphQLEnumType enumeration) {
    }

    /** Object type name, then field name. */
    private final Map<String, Map<String, PlainField>> plainFields;

    private PlainFieldsStrategy(DataFetcherExceptionHandler exceptionHandler, Map<String, Map<String, PlainField>> plainFields) {
        super(exceptionHandler);
        this.plainFields = plainFields;
    }

    /** The strategy for {@code schema}, whose plain fields are those read by {@link PlainFields}. */
    static PlainFieldsStrategy of(GraphQLSchema schema, DataFetcherExceptionHandler exceptionHandler) {
        Map<String, Map<String, PlainField>> plain = new HashMap<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                var fetcher = schema.getCodeRegistry().getDataFetcher(object, field);
                GraphQLType leaf = GraphQLTypeUtil.unwrapNonNull(field.getType());
                if (!PlainFields.isPlain(fetcher) || !field.getArguments().isEmpty()
                        || !(leaf instanceof GraphQLScalarType || leaf instanceof GraphQLEnumType)) {
                    continue;
                }
                plain.computeIfAbsent(object.getName(), name -> new HashMap<>()).put(field.getName(),
                        new PlainField(field, (LightDataFetcher<?>) fetcher,
                                leaf instanceof GraphQLScalarType scalar ? scalar : null,
                                leaf instanceof GraphQLEnumType enumeration ? enumeration : null));
            }
        }
        return new PlainFieldsStrategy(exceptionHandler, plain);
    }

    @Override
    protected Object resolveFieldWithInfo(ExecutionContext context, ExecutionStrategyParameters parameters) {
        FieldValueInfo plain = plainValue(context, parameters);
        return plain != null ? plain : super.resolveFieldWithInfo(context, parameters);
    }

    /** The field's completed value if it is a plain field with a value that serializes, else null. */
    private FieldValueInfo plainValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (!(context.getInstrumentation() instanceof OperationInstrumentation)
                || context.getDataLoaderDispatcherStrategy() != DataLoaderDispatchStrategy.NO_OP
                || !(parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType parent)) {
            return null;
        }
        Map<String, PlainField> fields = plainFields.get(parent.getName());
        PlainField field = fields == null ? null : fields.get(parameters.getField().getName());
        if (field == null) {
            return null;
        }
        try {
            Object value = context.getValueUnboxer().unbox(field.fetcher().get(field.definition(), parameters.getSource(), NO_ENVIRONMENT));
            if (value == null) {
                return null;
            }
            Object serialized = field.scalar() != null
                    ? field.scalar().getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                    : field.enumeration().serialize(value, context.getGraphQLContext(), context.getLocale());
            return serialized == null ? null
                    : new FieldValueInfo(field.scalar() != null ? FieldValueInfo.CompleteValueType.SCALAR : FieldValueInfo.CompleteValueType.ENUM,
                            serialized);
        } catch (Exception e) {
            return null; // the usual way reports it
        }
    }
}
