package io.entente.graphql.engine;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;

/**
 * Reads a plain property ({@code Meeting.title}) the way graphql-java's {@link PropertyDataFetcher} does for our
 * types: a public getter ({@code getTitle()}, {@code isActive()}), a record's accessor ({@code title()}) or a public
 * field, in that order, found once per class. graphql-java's fetcher looks its accessor up in a shared cache on
 * every read, under a key it builds from the class and property names: a few percent of a key lookup's CPU.
 * A class with none of those (a map, a getter that wants the environment, a non-public member) is read by
 * graphql-java's fetcher, as before.
 */
final class PropertyReader implements LightDataFetcher<Object> {

    /** How one class exposes the property; null when graphql-java's fetcher must read it. */
    private interface Accessor {
        Object read(Object source) throws ReflectiveOperationException;
    }

    private final String name;
    private final PropertyDataFetcher<Object> general;
    private final ClassValue<Accessor> accessors = new ClassValue<>() {
        @Override
        protected Accessor computeValue(Class<?> type) {
            return accessorOf(type);
        }
    };

    PropertyReader(String name) {
        this.name = name;
        this.general = PropertyDataFetcher.fetching(name);
    }

    @Override
    public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
        if (source == null) {
            return null;
        }
        Accessor accessor = accessors.get(source.getClass());
        if (accessor == null) {
            return general.get(definition, source, environment);
        }
        try {
            return accessor.read(source);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }

    private Accessor accessorOf(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] { "get" + capitalized, "is" + capitalized, name }) {
            Method method = publicNoArgMethod(type, candidate);
            if (method != null && (!candidate.startsWith("is") || method.getReturnType() == boolean.class
                    || method.getReturnType() == Boolean.class)) {
                Method readable = withoutAccessChecks(method);
                return readable::invoke;
            }
        }
        try {
            Field field = type.getField(name);
            if (Modifier.isStatic(field.getModifiers())) {
                return null;
            }
            Field readable = withoutAccessChecks(field);
            return readable::get;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /**
     * The member, marked so that reflection skips the access check on every read: the check caches one caller and
     * target class, and reads of different classes' properties in one response take its slow path nearly every time.
     * The member is public (checked when it was found), so nothing is opened that was closed.
     */
    private static <T extends AccessibleObject> T withoutAccessChecks(T member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // a module that does not open the class: the member is read with the check, as before
        }
        return member;
    }

    private static Method publicNoArgMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class
                    || !Modifier.isPublic(method.getDeclaringClass().getModifiers()) ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
