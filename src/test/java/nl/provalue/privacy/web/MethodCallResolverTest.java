package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.TypeConverter;
import jakarta.el.VariableMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class MethodCallResolverTest {

    private final MethodCallResolver resolver = new MethodCallResolver();

    /** Stands for a row of a page's table: a public record of the portal's own. */
    public record Row(String address, long size) {

        public String label(String prefix, int width) {
            return prefix + ":" + width;
        }

        public String shown(long value) {
            return "long " + value;
        }

        public String shown(String value) {
            return "text " + value;
        }

        public String joined(String... parts) {
            return String.join(",", parts);
        }

        public String tagged(Object value) {
            return "one " + value;
        }

        public String tagged(String tag, Object... values) {
            return tag + values.length;
        }

        public String failing() {
            throw new IllegalStateException("no figures");
        }
    }

    record Hidden(String address) {}

    @Test
    void callsTheOneMethodOfThatNameAndResolvesTheCall() {
        Context context = new Context();
        Object result = resolver.invoke(context, new Row("jan@example.nl", 12), "address", null, new Object[0]);
        assertEquals("jan@example.nl", result);
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void convertsArgumentsAsTheExpressionLanguageDoes() {
        Context context = new Context();
        // EL hands whole numbers over as Long; the method takes an int, and a missing text becomes "".
        Object result = resolver.invoke(context, new Row("a", 1), "label", null, new Object[] {null, 25L});
        assertEquals(":25", result);
        assertEquals(2, context.conversions);
    }

    @Test
    void argumentsThatAlreadyFitAreNotConverted() {
        Context context = new Context();
        assertEquals("mail.:7", resolver.invoke(context, new Row("a", 1), "label", null, new Object[] {"mail.", 7}));
        assertEquals(0, context.conversions);
    }

    @Test
    void callsOnStringsAreHandled() {
        Context context = new Context();
        assertEquals("mail.mode.days", resolver.invoke(context, "mail.mode.", "concat", null, new Object[] {"days"}));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesToTheStandardResolverWhatItCannotDecideTheSameWay() {
        Row row = new Row("a", 1);
        assertLeft(row, "shown", new Object[] {5L}); // two methods of one argument
        assertLeft(row, "joined", new Object[] {new String[] {"x"}}); // variable arguments
        assertLeft(row, "tagged", new Object[] {"x"}); // a method with variable arguments may match too
        assertLeft(row, "nothing", new Object[0]); // no such method
        assertLeft(new Hidden("a"), "address", new Object[0]); // not open to everyone
        assertLeft(new ArrayList<>(List.of("x")), "size", new Object[0]); // not the portal's own
        assertLeft(null, "address", new Object[0]);
        assertLeft(row, "label", new Object[] {"x"}); // no method with one argument of that name
    }

    @Test
    void aFailureInsideTheMethodIsReportedWithItsCause() {
        ELException e = assertThrows(
                ELException.class,
                () -> resolver.invoke(new Context(), new Row("a", 1), "failing", null, new Object[0]));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void declaredParameterTypesOfAnotherCountAreLeftAlone() {
        assertLeft(new Row("a", 1), "address", new Object[0], new Class<?>[] {String.class});
    }

    @Test
    void onlyTheOwnPackagesAndStringsAreHandled() {
        assertTrue(MethodCallResolver.handles(Row.class));
        assertTrue(MethodCallResolver.handles(String.class));
        assertFalse(MethodCallResolver.handles(ArrayList.class));
        assertFalse(MethodCallResolver.handles(Integer.class));
    }

    @Test
    void theSameMethodIsFoundEachTime() throws Exception {
        assertEquals(
                Row.class.getMethod("address"),
                MethodCallResolver.unique(Row.class, "address", 0).orElseThrow());
        assertTrue(MethodCallResolver.unique(Row.class, "shown", 1).isEmpty());
    }

    private void assertLeft(Object base, String method, Object[] params) {
        assertLeft(base, method, params, null);
    }

    private void assertLeft(Object base, String method, Object[] params, Class<?>[] types) {
        Context context = new Context();
        assertNull(resolver.invoke(context, base, method, types, params));
        assertFalse(context.isPropertyResolved(), method);
    }

    /** An expression context whose conversions follow the EL rules for the two cases used here. */
    private static final class Context extends ELContext {

        int conversions;

        private final ELResolver converter = new TypeConverter() {
            @Override
            public <T> T convertToType(ELContext context, Object obj, Class<T> type) {
                conversions++;
                context.setPropertyResolved(true);
                if (type == String.class) {
                    return type.cast(obj == null ? "" : obj.toString());
                }
                if (type == int.class && obj instanceof Long l) {
                    @SuppressWarnings("unchecked")
                    T value = (T) Integer.valueOf(Math.toIntExact(l));
                    return value;
                }
                throw new ELException("cannot convert " + obj + " to " + type);
            }
        };

        @Override
        public ELResolver getELResolver() {
            return converter;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
