package org.borderwatch.extract.incident;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Finds the violent events a document reports; mentions of one event become one report.
 *
 * <p>Each parsed sentence is read for event words ("attack", "roadside bomb", "detained") and
 * casualty clauses ("claimed the lives of five Chinese laborers and one local"); those that did not
 * happen (planned, prevented, conditional, negated) and those that name a kind of event rather than
 * one event ("terrorist assaults on Pakistani troops") are dropped; the rest are grouped by clause into
 * mentions with their type, date, places, perpetrators and counts, and the mentions of one event are
 * merged. Sentences the annotator did not parse are skipped: the rules read dependency trees.
 */
public final class IncidentFinder {
    private IncidentFinder() {
    }

    /**
     * The day a dated report covers when it reports the day it was filed: a dateline, and either
     * "today" (or "this morning", "tonight") in the story, or no time expression in the story that
     * dates anything else: a dispatch that tells an event without saying when tells the day's news,
     * as wires and press releases do ("over the past 24 hours" and "recently" set no other day). Its
     * events with no date of their own happened that day. In a story that dates anything else
     * ("yesterday", "on March 3", "in 2014", "during the past two days") an undated event stays
     * undated: a report of the past gives no day for it.
     */
    static Optional<FuzzyDate> sameDayReport(AnnotatedDocument document, int storyStart) {
        if (document.documentDate().isEmpty() || !StoryStart.hasDatedDateline(document.text())) {
            return Optional.empty();
        }
        FuzzyDate day = FuzzyDate.day(document.documentDate().get());
        boolean otherDay = false;
        for (TimeMention t : document.times()) {
            if (t.span().start() < storyStart) {
                continue;
            }
            boolean relative = t.text().chars().noneMatch(Character::isDigit);
            if (relative && t.resolved().map(day::equals).orElse(false)) {
                return Optional.of(day);
            }
            otherDay |= t.resolved().map(d -> !d.equals(day)).orElse(false) || longerThanADay(t.timex());
        }
        return otherDay ? Optional.empty() : Optional.of(day);
    }

    /** A TIMEX3 duration ("P2D", "P1W") reaching back past the report's day; "PT24H" does not. */
    private static boolean longerThanADay(String timex) {
        // "recently" is PAST_REF: a reference, not a duration, and it sets no day
        if (!timex.matches("PT?[\\dX].*")) {
            return false;
        }
        try {
            return timex.startsWith("PT") ? Duration.parse(timex).compareTo(Duration.ofDays(1)) > 0
                    : !Period.parse(timex).equals(Period.ofDays(1));
        } catch (DateTimeParseException e) {
            return true; // "PXD", "P1DT12H": some span we cannot place within the day
        }
    }

    public static List<IncidentReport> find(AnnotatedDocument document) {
        int storyStart = StoryStart.of(document.text());
        List<EventMention> mentions = new ArrayList<>();
        List<LeadFrame> frames = new ArrayList<>();
        boolean first = true;
        Optional<FuzzyDate> storyDay = Optional.empty();
        for (Sentence sentence : document.sentences()) {
            if (sentence.tokens().isEmpty() || sentence.dependencies().isEmpty()
                    || sentence.span().end() <= storyStart) {
                continue;
            }
            ParsedSentence parsed = new ParsedSentence(document, sentence, storyStart);
            List<EventMention> found = new MentionReader(parsed, storyDay).read();
            Optional<FuzzyDate> told = found.stream().map(EventMention::date).flatMap(Optional::stream).reduce((a, b) -> b);
            if (told.isPresent()) {
                storyDay = told;
            }
            if (first && found.stream().allMatch(EventMention::roundup)) {
                frames.add(LeadFrame.of(parsed));
            } else if (found.isEmpty()) {
                LeadFrame.scene(parsed).ifPresent(frames::add);
            }
            first = false;
            mentions.addAll(found);
        }
        List<IncidentReport> incidents = IncidentMerger.merge(mentions, frames, sameDayReport(document, storyStart));
        Optional<PlaceMention> city = StoryStart.localDateline(document.text())
                .map(span -> new PlaceMention(span.of(document.text()), span));
        return city.map(c -> incidents.stream().map(i -> inCity(i, c)).toList()).orElse(incidents);
    }

    /**
     * "PESHAWAR: ... near a busy bus stand in the city's Hashtnagri area": a local paper places its city's
     * events by quarter, road or bazaar alone; the dateline names the city they are in.
     */
    private static IncidentReport inCity(IncidentReport incident, PlaceMention city) {
        boolean quarters = !incident.places().isEmpty() && incident.places().stream().allMatch(IncidentFinder::quarter);
        if (!quarters) {
            return incident;
        }
        List<PlaceMention> places = new ArrayList<>(incident.places());
        places.add(city);
        return new IncidentReport(incident.type(), incident.date(), places, incident.perpetrators(), incident.victims(),
                incident.killed(), incident.injured(), incident.captured(), incident.evidence());
    }

    private static boolean quarter(PlaceMention place) {
        List<String> words = IncidentLexicon.words(place.text());
        String last = words.get(words.size() - 1);
        return !last.equals("city") && IncidentLexicon.get().placeLevel(last)
                .map(level -> Set.of("AREA", "SETTLEMENT", "SUBDISTRICT").contains(level)).orElse(false);
    }
}
