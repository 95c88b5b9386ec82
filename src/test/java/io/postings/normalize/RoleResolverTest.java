package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roles as analysts name them (issue 14): every name of the list, and what a resolution records. */
class RoleResolverTest {
    private final RoleResolver resolver = new RoleResolver(RoleTaxonomy.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Backend Engineer                | Backend Developer         | ALIAS | false
            backend                         | Backend Developer         | ALIAS | false
            Sr. Backend Developer           | Backend Developer         | NAME  | true
            Machine Learning Engineer       | ML Engineer               | ALIAS | false
            SRE                             | Site Reliability Engineer | ALIAS | false
            Fullstack Engineer              | Full-Stack Developer      | ALIAS | false
            Back-end Engineer               | Backend Developer         | ALIAS | false
            Front End Developer             | Frontend Developer        | ALIAS | false
            DevOps                          | DevOps Engineer           | ALIAS | false
            Embedded Engineer               | Embedded Developer        | ALIAS | false
            Embedded Software Engineer      | Embedded Developer        | ALIAS | false
            Backend Developer               | Backend Developer         | NAME  | false
            backend developer               | Backend Developer         | NAME  | false
            full stack developer            | Full-Stack Developer      | NAME  | false
            Senior Machine Learning Engineer | ML Engineer              | ALIAS | true
            Lead DevOps Engineer            | DevOps Engineer           | NAME  | true
            Backend Developer II            | Backend Developer         | NAME  | false
            Staff Engineer                  | Software Engineer         | ALIAS | false
            Engineering Lead                | Engineering Manager       | ALIAS | false
            Software Engineer - Backend Platform | Backend Developer    | TITLE | false
            Backend Develper                | Backend Developer         | TITLE | false
            Senior Embedded Firmware Engineer | Embedded Developer      | TITLE | true
            Software Engineer, Payments     | Software Engineer         | TITLE | false
            """)
    void resolves(String typed, String role, RoleRequest.Via via, boolean seniority) {
        RoleRequest request = resolver.resolve(typed);

        assertThat(request.role()).isEqualTo(role);
        assertThat(request.via()).isEqualTo(via);
        assertThat(request.seniority()).isEqualTo(seniority);
        assertThat(request.typed()).isEqualTo(typed);
    }

    @Test
    void theCanonicalNameRecordsNothingElseTheTypedTextIsKept() {
        assertThat(resolver.resolve("backend developer").requested()).isNull();
        assertThat(resolver.resolve("backend developer").note()).isNull();
        assertThat(resolver.resolve("Backend Engineer").requested()).isEqualTo("Backend Engineer");
        assertThat(resolver.resolve("Backend Engineer").note()).isEqualTo("Backend Developer (from \"Backend Engineer\")");
    }

    @Test
    void droppedSeniorityIsSaid() {
        RoleRequest request = resolver.resolve("Sr. Backend Developer");

        assertThat(request.requested()).isEqualTo("Sr. Backend Developer");
        assertThat(request.note())
                .isEqualTo("Backend Developer (from \"Sr. Backend Developer\"; seniority is a column, not a role)");
    }

    @Test
    void aTypoOfASpecialisationIsNotTakenForTheGenericRole() {
        // The title normalizer alone would call it Software Engineer ("software + engineer"): wrong numbers.
        assertThatThrownBy(() -> resolver.resolve("Embeded Software Engineer"))
                .isInstanceOf(UnknownRoleException.class)
                .hasMessageStartingWith("unknown role \"Embeded Software Engineer\"; closest: \"Embedded Developer\"");
    }

    @Test
    void embeddedSoftwareEngineerNeverSuggestsSoftwareEngineerFirst() {
        List<RoleSuggestions.Candidate> closest = resolver.suggestions("Embedded Software Engineer", null);

        assertThat(closest.get(0).role()).isEqualTo("Embedded Developer");
        assertThat(closest.get(0).phrase()).isEqualTo("embedded software engineer");
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            Bakend Engineer            | Backend Developer
            Machine Lerning Engineer   | ML Engineer
            Machine Learning           | ML Engineer
            Site Reliabilty            | Site Reliability Engineer
            Fulstack                   | Full-Stack Developer
            Frontned Developer         | Frontend Developer
            Devps Engineer             | DevOps Engineer
            Embeded                    | Embedded Developer
            Sofware Engineer           | Software Engineer
            Data                       | Data Analyst
            """)
    void unknownNamesSuggestTheClosestNameOrAlias(String typed, String first) {
        assertThatThrownBy(() -> resolver.resolve(typed))
                .isInstanceOfSatisfying(UnknownRoleException.class,
                        e -> assertThat(e.candidates().get(0).role()).isEqualTo(first))
                .hasMessageContaining("'postings roles --aliases'");
    }

    @Test
    void nothingAtAllIsUnknown() {
        assertThatThrownBy(() -> resolver.resolve("Astronaut")).isInstanceOf(UnknownRoleException.class);
        assertThatThrownBy(() -> resolver.resolve("Senior")).isInstanceOf(UnknownRoleException.class);
        assertThatThrownBy(() -> resolver.resolve("  ")).isInstanceOf(UnknownRoleException.class);
    }

    @Test
    void withCountsAPopulatedRoleComesBeforeAnEmptyOneThatIsAsClose() {
        // "data" is in the names of four roles; without counts they come by closeness, then name.
        List<String> blind = resolver.suggestions("data", null).stream().map(RoleSuggestions.Candidate::role).toList();
        assertThat(blind.get(0)).isEqualTo("Data Analyst");

        List<RoleSuggestions.Candidate> counted = resolver.suggestions("data",
                Map.of("Data Engineer", 120L, "Data Scientist", 40L));
        assertThat(counted.subList(0, 2)).extracting(RoleSuggestions.Candidate::role)
                .containsExactlyInAnyOrder("Data Engineer", "Data Scientist");
        assertThat(counted.get(0).label()).isEqualTo("\"Data Scientist\" (as \"data science\", 40 postings)");
        assertThat(counted.get(2).postings()).isZero();
    }

    @Test
    void labelsNameTheAliasThatCameClosest() {
        RoleSuggestions.Candidate c = resolver.suggestions("Machine Lerning Engineer", null).get(0);

        assertThat(c.label()).isEqualTo("\"ML Engineer\" (as \"machine learning engineer\")");
    }

    @Test
    void aUserTaxonomyIsResolvedTooItsEntriesFirst() throws IOException {
        Path extra = dir.resolve("roles.txt");
        Files.writeString(extra, "Platform Engineer | backend engineer | internal tools engineer\n");
        RoleResolver user = new RoleResolver(RoleTaxonomy.load(TaxonomySpec.parse("+" + extra)));

        assertThat(user.resolve("Internal Tools Engineer").role()).isEqualTo("Platform Engineer");
        assertThat(user.resolve("Backend Engineer").role()).isEqualTo("Platform Engineer");
        assertThat(user.resolve("Backend Developer").role()).isEqualTo("Backend Developer");
    }

    @Test
    void editDistance() {
        assertThat(RoleSuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(RoleSuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(RoleSuggestions.distance("same", "same")).isZero();
    }
}
