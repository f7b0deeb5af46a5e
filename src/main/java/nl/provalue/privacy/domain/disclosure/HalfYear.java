package nl.provalue.privacy.domain.disclosure;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting period of the transparency report: the first or second half of a year ("2026-H2"). */
public record HalfYear(int year, int half) implements Comparable<HalfYear>, Serializable {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half " + half);
        }
    }

    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public static HalfYear parse(String text) {
        if (text == null || !text.matches("\\d{4}-H[12]")) {
            throw new IllegalArgumentException("Not a half year: " + text);
        }
        return new HalfYear(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The day after the period. */
    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
