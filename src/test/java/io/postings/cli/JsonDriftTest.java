package io.postings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.postings.report.Change;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonDriftTest {
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private static JsonNode json(String text) throws Exception {
        return EXACT.readTree(text.replace('\'', '"'));
    }

    private static JsonDrift drift(String expected, String actual, double tolerance) throws Exception {
        return drift(expected, actual, new JsonDrift.Tolerances(tolerance, null, null, null));
    }

    private static JsonDrift drift(String expected, String actual, JsonDrift.Tolerances tolerances) throws Exception {
        return new JsonDrift(tolerances, p -> p.equals("input.files"), p -> p.startsWith("taxonomy."))
                .compare(json(expected), json(actual));
    }

    private static BigDecimal n(String decimal) {
        return new BigDecimal(decimal);
    }

    @Test
    void equalReportsHaveNoChangesAndCountTheirValues() throws Exception {
        String report = "{'a': {'n': 3, 'median': 150000.0, 'top': [{'key': 'AWS', 'share': 0.5}]}, 'ok': true, 'x': null}";
        JsonDrift d = drift(report, report, 0);
        assertThat(d.changes()).isEmpty();
        assertThat(d.values()).isEqualTo(6);
    }

    @Test
    void numbersAreComparedAsExactDecimals() throws Exception {
        JsonDrift d = drift("{'median': 150000.0, 'share': 0.1}", "{'median': 150000, 'share': 0.30000000000000004}", 0);
        assertThat(d.changes()).containsExactly(new Change("share", n("0.1"), n("0.30000000000000004"), n("0.20000000000000004")));
    }

    @Test
    void namedListMembersAreMatchedByName() throws Exception {
        JsonDrift d = drift(
                "{'top': [{'key': 'AWS', 'count': 4}, {'key': 'Go', 'count': 2}, {'key': 'SQL', 'count': 1}]}",
                "{'top': [{'key': 'AWS', 'count': 4}, {'key': 'SQL', 'count': 3}, {'key': 'Rust', 'count': 2}]}", 0);
        assertThat(d.changes()).containsExactly(
                new Change("top[Go]", json("{'key': 'Go', 'count': 2}"), null, null),
                new Change("top[SQL].count", n("1"), n("3"), n("2")),
                new Change("top[Rust]", null, json("{'key': 'Rust', 'count': 2}"), null));
    }

    @Test
    void pairsAreNamedByBothRolesAndOtherListsByPosition() throws Exception {
        JsonDrift d = drift("{'pairs': [{'a': 'A', 'b': 'B', 'jaccard': 0.5}], 'files': [1, 2]}",
                "{'pairs': [{'a': 'A', 'b': 'B', 'jaccard': 0.25}], 'files': [1, 3, 4]}", 0);
        assertThat(d.changes()).extracting(Change::path).containsExactly("pairs[A|B].jaccard", "files[1]", "files[2]");
    }

    @Test
    void fieldsOnlyTheRecomputationHasAreSchemaAdditionsNotDrift() throws Exception {
        assertThat(drift("{'a': 1}", "{'a': 1, 'overlap_rank': {'rank': 3}}", 0).changes()).isEmpty();
        assertThat(drift("{'a': 1, 'gone': 2}", "{'a': 1}", 0).changes())
                .containsExactly(new Change("gone", n("2"), null, null));
    }

    @Test
    void nullBecomingAValueIsAChange() throws Exception {
        assertThat(drift("{'gap': null}", "{'gap': {'usd': 5}}", 0).changes())
                .containsExactly(new Change("gap", json("null"), json("{'usd': 5}"), null));
    }

    @Test
    void toleranceIsAbsoluteForSharesRelativeForMoneyAndNeverForCounts() throws Exception {
        JsonDrift d = drift("{'share': 0.40, 'median': 100000, 'count': 10, 'premium_pct': 0.1}",
                "{'share': 0.409, 'median': 100900, 'count': 11, 'premium_pct': 0.2}", 0.01);
        assertThat(d.withinTolerance()).extracting(Change::path).containsExactly("share", "median");
        assertThat(d.changes()).extracting(Change::path).containsExactly("count", "premium_pct");
    }

    @Test
    void eachKindHasItsOwnTolerance() throws Exception {
        String saved = "{'median': 150000, 'premium': 200.0, 'count': 100, 'share': 0.40, 'jaccard': 0.25, 'ratio': 1.5}";
        String now = "{'median': 150400, 'premium': -250.0, 'count': 104, 'share': 0.404, 'jaccard': 0.26, 'ratio': 1.51}";
        JsonDrift money = drift(saved, now, new JsonDrift.Tolerances(0, 500.0, null, null));
        // A premium near zero moved by $450: more than any relative tolerance allows, within $500.
        assertThat(money.withinTolerance()).extracting(Change::path).containsExactly("median", "premium");
        JsonDrift counts = drift(saved, now, new JsonDrift.Tolerances(0, null, 5.0, null));
        assertThat(counts.withinTolerance()).extracting(Change::path).containsExactly("count");
        JsonDrift shares = drift(saved, now, new JsonDrift.Tolerances(0, null, null, 0.5));
        assertThat(shares.withinTolerance()).extracting(Change::path).containsExactly("share");
        assertThat(shares.changes()).extracting(Change::path).contains("jaccard", "ratio", "count");
        JsonDrift all = drift(saved, now, new JsonDrift.Tolerances(0.01, 500.0, 5.0, 1.0));
        assertThat(all.changes()).isEmpty();
    }

    @Test
    void pValuesAreComparedAndShownToThreeSignificantDigits() throws Exception {
        assertThat(drift("{'p_value': 0.0123451}", "{'p_value': 0.0123449}", 0).changes()).isEmpty();
        assertThat(drift("{'p_value': 0.0123451}", "{'p_value': 0.0129}", 0).changes())
                .containsExactly(new Change("p_value", n("0.0123"), n("0.0129"), n("0.0006")));
    }

    @Test
    void ignoredAndNotePaths() throws Exception {
        JsonDrift d = drift("{'input': {'files': ['a.csv']}, 'taxonomy': {'roles': 'abc'}}",
                "{'input': {'files': ['b.csv']}, 'taxonomy': {'roles': 'def'}}", 0);
        assertThat(d.changes()).isEmpty();
        assertThat(d.notes()).containsExactly(new Change("taxonomy.roles", "abc", "def", null));
    }
}
