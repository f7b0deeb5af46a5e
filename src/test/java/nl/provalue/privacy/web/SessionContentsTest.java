package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provalue.privacy.infrastructure.security.PendingSignIn;
import nl.provalue.privacy.infrastructure.security.SessionLogin;
import org.junit.jupiter.api.Test;

/**
 * Everything the HTTP session holds can be written to the session store and read back by another
 * server (liberty/cluster/cluster.xml): the login, a half sign-in, the staff's openings, and every
 * view- and session-scoped bean with all it refers to. A service counts when it is a bean of a
 * normal scope: what the container injects is then a proxy, which it writes as a reference.
 * Lists, sets and maps count by what they hold; anything of the portal's own counts by its fields,
 * and a model of things (a paged table's) by the things.
 */
class SessionContentsTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> NORMAL_SCOPES = List.of(
            ApplicationScoped.class,
            RequestScoped.class,
            SessionScoped.class,
            ConversationScoped.class,
            ViewScoped.class);

    @Test
    void everythingKeptInTheSessionCanMoveToAnotherServer() throws ClassNotFoundException {
        List<Class<?>> held = new ArrayList<>(List.of(SessionLogin.class, PendingSignIn.class));
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.provalue.privacy")) {
            if (c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)) {
                held.add(Class.forName(c.getName()));
            }
        }
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c : held) {
            checkClass(c, c.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems, "kept in the session but not serializable");
    }

    @Test
    void theCheckFindsWhatCannotBeWritten() {
        List<String> problems = new ArrayList<>();
        checkClass(Holder.class, "Holder", problems, new HashSet<>());
        assertEquals(
                List.of(
                        "Holder.thread: java.lang.Thread",
                        "Holder.notSerializable.name: java.lang.Object",
                        "Holder.maybe: java.util.Optional<java.lang.String>",
                        "Holder.things: java.lang.Thread",
                        "Holder.model<java.lang.Thread>: java.lang.Thread"),
                problems);
    }

    private static void checkClass(Class<?> c, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("nl.provalue."); k = k.getSuperclass()) {
            // A model of Ts (a paged table's, say) keeps Ts in fields of a library class.
            if (k.getGenericSuperclass() instanceof ParameterizedType model) {
                for (Type held : model.getActualTypeArguments()) {
                    if (held instanceof java.lang.reflect.TypeVariable) {
                        continue; // bound by the subclass, checked there
                    }
                    checkType(held, path + "<" + held.getTypeName() + ">", problems, seen);
                }
            }
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                String at = path + "." + f.getName();
                if (proxied(f.getType())) {
                    continue;
                }
                checkType(f.getGenericType(), at, problems, seen);
            }
        }
    }

    private static boolean proxied(Class<?> type) {
        return NORMAL_SCOPES.stream().anyMatch(type::isAnnotationPresent);
    }

    private static void checkType(Type type, String at, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                checkType(upper, at, problems, seen);
            }
            return;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : p.getActualTypeArguments()) {
                    checkType(argument, at, problems, seen);
                }
                return;
            }
            if (!Serializable.class.isAssignableFrom(raw)) {
                problems.add(at + ": " + p.getTypeName());
                return;
            }
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, at, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            problems.add(at + ": " + type.getTypeName() + " cannot be checked");
            return;
        }
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), at, problems, seen);
            return;
        }
        if (c.getName().startsWith("nl.provalue.")) {
            checkClass(c, at, problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(at + ": " + c.getName());
        }
    }

    @SuppressWarnings("unused")
    static class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        String fine;
        Thread thread;
        Inner notSerializable;
        java.util.Optional<String> maybe;
        List<Thread> things;
        transient Thread skipped;
        ThreadModel model;
    }

    static class ThreadModel extends java.util.ArrayList<Thread> {
        private static final long serialVersionUID = 1L;
    }

    @SuppressWarnings("unused")
    static class Inner implements Serializable {
        private static final long serialVersionUID = 1L;
        Object name;
    }
}
