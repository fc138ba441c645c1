package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure helpers behind the readers: date fields, language, format choice, entry names. */
class SmallPartsTest {
    @ParameterizedTest
    @CsvSource({
        "2024-05-28, 2024-05-28",
        "2024-05-28T23:30:00Z, 2024-05-28",
        "2024-05-28T23:30:00+05:00, 2024-05-28",
        "2024-05-28T23:30, 2024-05-28",
        "05/23/1990 00:00:00, 1990-05-23",
        "05/23/1990, 1990-05-23",
    })
    void fieldDatesInAcceptedForms(String value, String expected) {
        assertThat(FieldDates.parse(value)).contains(LocalDate.parse(expected));
    }

    @Test
    void fieldDatesRejectOtherForms() {
        assertThat(FieldDates.parse("23/05/1990")).isEmpty();
        assertThat(FieldDates.parse("2024-02-30")).isEmpty();
        assertThat(FieldDates.parse("May 5")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister said that the talks with the Taliban were not going well for the government.|en",
        "Le ministre a dit que les discussions avec les talibans ne sont pas dans une bonne voie pour le pays.|fr",
        "Der Minister sagte, dass die Gespräche mit den Taliban nicht gut für die Regierung sind und auch nicht.|de",
        "El ministro dijo que las conversaciones con los talibanes no van bien para el gobierno del país.|es",
        "Il ministro ha detto che i colloqui con i talebani non sono andati bene per il governo della nazione.|it",
        "O ministro disse que as conversas com os talibãs não foram boas para o governo do país e da região.|pt",
        "De minister zei dat de gesprekken met de Taliban niet goed zijn voor het land en ook voor de regering.|nl",
        "قال الوزير إن المحادثات مع طالبان لا تسير على ما يرام|und-Arab",
        "Министр сказал, что переговоры с талибами идут плохо|und-Cyrl",
        "部长说与塔利班的谈判进展不顺利|und-Hani",
        "Kabul Quetta Peshawar 2024|und",
    })
    void guessesLanguages(String text, String expected) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.jsonl|anything|jsonl",
        "a.NDJSON|anything|jsonl",
        "a.csv|x,y|csv",
        "a.htm|plain|html",
        "a.txt|'  date 2024-01-01 T. x'|line",
        "a.txt|date: 2024-01-01|text",
        "README|\\n\\n date 2024-01-01 T. x|line",
        "a.md|<!DOCTYPE html><p>x|html",
        "page.php|<html><body>x|html",
        "a.text|plain words|text",
    })
    void detectsFormats(String name, String head, String expected) {
        assertThat(FormatDetector.detect(Format.AUTO, name, head.replace("\\n", "\n")).id()).isEqualTo(expected);
    }

    @Test
    void explicitFormatIsKept() {
        assertThat(FormatDetector.detect(Format.CSV, "a.txt", "hello")).isEqualTo(Format.CSV);
    }

    @Test
    void entryNamesThatEscapeAreRefused() {
        assertThat(EntryNames.normalise("a/./b/../c.txt")).contains("a/c.txt");
        assertThat(EntryNames.normalise("a\\b.txt")).contains("a/b.txt");
        assertThat(EntryNames.normalise("../evil.txt")).isEmpty();
        assertThat(EntryNames.normalise("a/../../evil.txt")).isEmpty();
        assertThat(EntryNames.normalise("/etc/passwd")).isEmpty();
        assertThat(EntryNames.normalise("C:\\Windows\\x")).isEmpty();
        assertThat(EntryNames.isHidden("x/.git/config")).isTrue();
        assertThat(EntryNames.isHidden("__MACOSX/a.txt")).isTrue();
    }
}
