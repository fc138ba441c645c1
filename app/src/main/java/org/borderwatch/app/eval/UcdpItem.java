package org.borderwatch.app.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One UCDP GED event with the headlines of the reports it was coded from.
 *
 * @param headlines the source headlines (UCDP lists several reports of one event, separated by ';')
 * @param dates     each headline's source date, or the earliest for all when the lists do not align
 */
public record UcdpItem(String id, List<String> headlines, List<LocalDate> dates, int low, int best, int high,
                       String sideB, String whereDescription, String adm1, String adm2, String country,
                       OptionalDouble latitude, OptionalDouble longitude) {
}
