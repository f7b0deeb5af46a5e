package nl.provalue.privacy.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table that loads one page at a time from a use case: how many rows there are, one page of
 * them, and each row's id as its key. Sorting and filtering are the page's own fields, not the
 * table's, so they reach the query as they are.
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    protected abstract long total();

    protected abstract List<T> page(int first, int size);

    protected abstract long idOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> Long.toString(idOf(r)).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
