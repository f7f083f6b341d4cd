package app.symetrie.ambassador;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter (1–4) of a year. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4");
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The {@code count} quarters ending with the one holding {@code today}, oldest first. */
    public static List<Quarter> lastQuarters(LocalDate today, int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = of(today);
        for (int i = 0; i < count; i++) {
            quarters.addFirst(q);
            q = q.previous();
        }
        return quarters;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }
}
