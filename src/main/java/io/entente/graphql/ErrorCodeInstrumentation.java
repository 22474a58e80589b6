package io.entente.graphql;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.entente.graphql.engine.InvalidBatchArgument;
import io.smallrye.graphql.transformation.TransformException;

/**
 * Gives every error of a response an {@code extensions.code}. Our own errors carry one already. graphql-java's
 * validation and coercion errors (unknown field, wrong argument type) become {@code BAD_USER_INPUT}, and so does
 * an argument value SmallRye could not convert (a malformed date); aborted executions become
 * {@code QUERY_TOO_COMPLEX}. Any other exception is a bug of ours: it is logged here and answered as
 * {@code INTERNAL} with a neutral message, so that no SQL, class name or stack trace reaches a client.
 */
final class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    private final MeterRegistry registry;

    ErrorCodeInstrumentation(MeterRegistry registry) {
        this.registry = registry;
    }

    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);
    private static final Set<String> OUR_CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern INVALID_INPUT = Pattern.compile(
            "(?s)argument '(\\w+)' with value '(?:StringValue\\{value=')?(.*?)(?:'\\})?' is not a valid"
                    + " 'Unknown Scalar Type \\[(?:[\\w$]+\\.)*([\\w$]+)\\]'");
    private static final Pattern UNKNOWN_SCALAR = Pattern
            .compile("Unknown Scalar Type \\[(?:[\\w$]+\\.)*([\\w$]+)\\]");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        boolean several = result.getErrors().size() > 1;
        List<GraphQLError> errors = result.getErrors().stream()
                // A null bubbling up through a non-null field is the consequence of another error, already reported.
                .filter(error -> !(several && "NullValueInNonNullableField".equals(String.valueOf(error.getErrorType()))))
                .map(ErrorCodeInstrumentation::withCode)
                .toList();
        errors.forEach(error -> registry.counter("entente.graphql.errors", "code",
                String.valueOf(error.getExtensions().get("code"))).increment());
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        if (code != null && OUR_CODES.contains(code.toString())) {
            return error;
        }
        ErrorCode newCode;
        String field = null;
        String message = error.getMessage();
        if (error instanceof ExceptionWhileDataFetching failure) {
            Throwable cause = failure.getException();
            ApiError ours = apiErrorIn(cause);
            if (ours != null) {
                // Thrown inside a batch resolver, our error arrives wrapped; answer it as if thrown directly.
                newCode = ours.code();
                message = ours.getMessage();
                field = ours.field();
            } else if (isArgumentConversion(cause)) {
                newCode = ErrorCode.BAD_USER_INPUT;
                message = "An argument of " + String.join(".", failure.getPath().stream().map(String::valueOf).toList())
                        + " has an invalid value: " + rootMessage(cause);
            } else {
                newCode = ErrorCode.INTERNAL;
                message = "Internal error; it has been logged.";
                LOG.errorf(cause, "Unexpected failure at %s", failure.getPath());
            }
        } else if (violationOf(extensions) instanceof Map<?, ?> violation) {
            // A Bean Validation failure on an input: name the field by its path from the argument.
            newCode = ErrorCode.BAD_USER_INPUT;
            field = fieldPath(violation.get("propertyPath"));
            message = field + ": " + violation.get("message") + ".";
        } else {
            newCode = codeOf(error.getErrorType());
            message = withoutClassNames(message);
        }
        Map<String, Object> withCode = new LinkedHashMap<>(extensions == null ? Map.of() : extensions);
        withCode.put("code", newCode.name());
        if (field != null) {
            withCode.put("field", field);
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(withCode)
                .build();
    }

    /**
     * {@code [createMeeting, input, participants, 1, role]} (SmallRye's form) as {@code input.participants[1].role},
     * the form InputCheck names fields in.
     */
    private static String fieldPath(Object propertyPath) {
        List<String> steps = propertyPath instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(propertyPath).split("\\."));
        StringBuilder path = new StringBuilder();
        for (String step : steps.subList(Math.min(1, steps.size() - 1), steps.size())) {
            path.append(step.matches("\\d+") ? "[" + step + "]" : (path.length() == 0 ? "" : ".") + step);
        }
        return path.toString();
    }

    private static Object violationOf(Map<String, Object> extensions) {
        return extensions != null && extensions.get("violations") instanceof List<?> violations && !violations.isEmpty()
                ? violations.get(0)
                : null;
    }

    private static ApiError apiErrorIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ApiError error) {
                return error;
            }
        }
        return null;
    }

    /**
     * graphql-java names an input object that failed to convert (say, a malformed date inside a filter) by its
     * Java class: "is not a valid 'Unknown Scalar Type [io.entente.official.OfficialFilter]'". Say it in the
     * schema's words instead, with the value that was sent.
     */
    static String withoutClassNames(String message) {
        Matcher invalidInput = INVALID_INPUT.matcher(message);
        if (invalidInput.matches()) {
            return "Argument '" + invalidInput.group(1) + "' is not a valid " + invalidInput.group(3) + ": "
                    + invalidInput.group(2).replaceAll("\\s+", " ") + " (dates are written YYYY-MM-DD).";
        }
        return UNKNOWN_SCALAR.matcher(message).replaceAll("$1");
    }

    private static boolean isArgumentConversion(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TransformException || t instanceof InvalidBatchArgument) {
                return true;
            }
        }
        return false;
    }

    /** The message of the first failure past SmallRye's wrappers, which names the value ("Text 'x' could not be parsed"). */
    private static String rootMessage(Throwable cause) {
        Throwable first = cause;
        while (first.getClass().getName().startsWith("io.smallrye.") && first.getCause() != null) {
            first = first.getCause();
        }
        return first.getMessage();
    }

    private static ErrorCode codeOf(ErrorClassification type) {
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax) {
            return ErrorCode.BAD_USER_INPUT;
        }
        if (type == ErrorType.ExecutionAborted) {
            return ErrorCode.QUERY_TOO_COMPLEX;
        }
        return ErrorCode.INTERNAL;
    }
}
