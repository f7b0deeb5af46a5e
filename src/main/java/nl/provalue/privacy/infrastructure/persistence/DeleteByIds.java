package nl.provalue.privacy.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;

/** Deletes rows by primary key, in statements of at most 1,000 ids. */
public final class DeleteByIds {

    private static final int PER_STATEMENT = 1_000;

    private DeleteByIds() {}

    public static int delete(EntityManager em, String table, List<Number> ids) {
        int removed = 0;
        for (int from = 0; from < ids.size(); from += PER_STATEMENT) {
            List<Number> part = ids.subList(from, Math.min(ids.size(), from + PER_STATEMENT));
            // The ids come from the database as numbers, never from outside: safe to inline.
            String list = part.stream().map(n -> Long.toString(n.longValue())).collect(Collectors.joining(","));
            removed += em.createNativeQuery("DELETE FROM " + table + " WHERE id IN (" + list + ")")
                    .executeUpdate();
        }
        return removed;
    }
}
