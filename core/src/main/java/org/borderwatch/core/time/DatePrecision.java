package org.borderwatch.core.time;

/** How precisely a date is known, from a given day down to "a few weeks before". */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, APPROXIMATE
}
