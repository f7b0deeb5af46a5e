package nl.provalue.privacy.application.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * One table of the export: {@code csv/<name>.csv}, {@code excel/<name>.csv} and the list
 * {@link #jsonName()} in {@code data.json}, with the same columns and the same rows. Its rows are
 * read once, while the files are written, so a table of millions of rows never sits in memory.
 *
 * @param name the file name without {@code .csv}, lower case with hyphens
 */
public record ExportTable(String name, List<ExportColumn> columns, RowSource rows) {

    /** Hands every row to the consumer, in order; each row has one value per column. */
    @FunctionalInterface
    public interface RowSource {
        void each(Consumer<Object[]> row);
    }

    public ExportTable {
        columns = List.copyOf(columns);
    }

    /** The name of the table's list in {@code data.json}: the file name in camel case. */
    public String jsonName() {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }

    /** The message key of the sentence that says what the table holds. */
    public String descriptionKey() {
        return "export.table." + name;
    }
}
