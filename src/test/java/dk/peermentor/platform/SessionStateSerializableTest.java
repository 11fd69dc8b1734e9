package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

/**
 * In the cluster the HTTP session is copied into the Hazelcast data grid after each request, and
 * with it the Faces view state and every {@code @ViewScoped} and {@code @SessionScoped} bean. Weld
 * checks the injected fields of such beans when it deploys; this test checks the rest: every type
 * of our own that a state field can hold (field types, their element types, and their own fields
 * in turn) is Serializable, so a node's loss cannot lose a view because one record was not.
 */
class SessionStateSerializableTest {

    private static final String OURS = "dk.peermentor.";

    @Test
    void everythingAPageKeepsBetweenRequestsCanBeCopiedToAnotherNode() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                beans.add(type);
            }
        }
        assertTrue(beans.size() > 10, "found only " + beans);

        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> unvisited = new ArrayDeque<>(beans);
        while (!unvisited.isEmpty()) {
            Class<?> type = unvisited.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (!Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
                problems.add(type.getName() + " is kept in a session but is not Serializable");
            }
            for (Class<?> c = type; c != null && c.getName().startsWith(OURS); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    oursIn(field.getGenericType()).forEach(unvisited::push);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Our own classes a declared type names: itself, its array component, its type arguments. */
    private static Stream<Class<?>> oursIn(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return oursIn(c.getComponentType());
            }
            return c.getName().startsWith(OURS) && !c.isEnum() ? Stream.of(c) : Stream.empty();
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(oursIn(p.getRawType()), Stream.of(p.getActualTypeArguments()).flatMap(
                    SessionStateSerializableTest::oursIn));
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).flatMap(SessionStateSerializableTest::oursIn);
        }
        return Stream.empty();
    }

    private static List<String> classNames() throws IOException, URISyntaxException {
        Path root = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> n.startsWith(OURS))
                    .toList();
        }
    }
}
