package org.borderwatch.accountability.condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.indicator.DateRange;

/**
 * When a rule would have been met: its value on each day evaluated, the first day it held, and the
 * runs of days it held (from one evaluated day to the last evaluated day before it stopped holding).
 */
public record Timeline(List<Point> points) {
    public record Point(LocalDate day, boolean holds, int partsHolding, int parts) {
    }

    public Timeline {
        points = List.copyOf(points);
    }

    public Optional<LocalDate> firstMet() {
        return points.stream().filter(Point::holds).map(Point::day).findFirst();
    }

    public List<DateRange> metPeriods() {
        List<DateRange> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate last = null;
        for (Point p : points) {
            if (p.holds() && start == null) {
                start = p.day();
            }
            if (!p.holds() && start != null) {
                runs.add(new DateRange(start, last));
                start = null;
            }
            last = p.day();
        }
        if (start != null) {
            runs.add(new DateRange(start, last));
        }
        return runs;
    }
}
