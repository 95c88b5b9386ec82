package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTaxonomyTest {
    private final RoleTaxonomy roles = RoleTaxonomy.defaults();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Back-end Engineer                       | Backend Developer
            Senior Backend Developer II             | Backend Developer
            Staff Software Engineer, Backend        | Backend Developer
            DevOps Engineer (Remote)                | DevOps Engineer
            Full Stack Developer                    | Full-Stack Developer
            Senior Software Engineer - Full Stack   | Full-Stack Developer
            Embedded Software Engineer              | Embedded Developer
            Software Engineer, Embedded Systems     | Embedded Developer
            Software Engineer                       | Software Engineer
            Senior Software Engineer                | Software Engineer
            Analista de Dados                       | Data Analyst
            .NET Developer                          | .NET Developer
            Barista                                 | none
            # no title is no role
            none                                    | none
            """)
    void findsTheRoleOfATitle(String title, String role) {
        assertThat(roles.ofTitle(title)).isEqualTo(role);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Software Engineer II, Backend                       | Backend Developer
            Software Engineer - Backend                         | Backend Developer
            Sr. Software Engineer III (Remote) - Backend        | Backend Developer
            Senior Engineer, Embedded Systems                   | Embedded Developer
            Senior Software Engineer, iOS                       | Mobile Developer
            Staff Software Engineer, Machine Learning Platform  | ML Engineer
            Senior Data Engineer - AWS (Hybrid)                 | Data Engineer
            Data Analyst - São Paulo, Brasil                    | Data Analyst
            Engenheiro de Dados Pleno                           | Data Engineer
            Engenheiro(a) de Dados                              | Data Engineer
            Cientista de Dados Sênior                           | Data Scientist
            Analista de BI                                      | BI Analyst
            Desenvolvedor Java Pleno                            | Java Developer
            Staff Engineer                                      | Software Engineer
            Member of Technical Staff                           | Software Engineer
            Manager, Software Engineering                       | Engineering Manager
            Account Executive, Enterprise                       | Account Executive
            Senior SoC Design Verification Engineer, Google Cloud | Hardware Engineer
            """)
    void stripsSeniorityAndNoiseAndPrefersTheSpecialisation(String title, String role) {
        assertThat(roles.ofTitle(title)).isEqualTo(role);
    }

    /** Embedded and firmware titles as boards write them: seniority, teams, places and work-mode suffixes around them. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Firmware Engineer                               | Embedded Developer
            Senior Firmware Engineer II                     | Embedded Developer
            Firmware Developer - Remote                     | Embedded Developer
            Staff Firmware Engineer, Platform Team          | Embedded Developer
            Firmware Engineer (Hybrid)                      | Embedded Developer
            Sr. Embedded Software Engineer - Austin, TX     | Embedded Developer
            Embedded Software Developer (Hybrid)            | Embedded Developer
            Lead Embedded Systems Engineer - Remote         | Embedded Developer
            Principal Embedded Software Engineer, Autonomy  | Embedded Developer
            Embedded Systems Developer                      | Embedded Developer
            Senior Software Engineer - Embedded             | Embedded Developer
            Software Engineer, Firmware                     | Embedded Developer
            Software Engineer (Embedded C++)                | Embedded Developer
            Embedded C/C++ Developer                        | Embedded Developer
            Embedded Engineer - Team Robotics               | Embedded Developer
            Embedded Linux Engineer                         | Embedded Developer
            Embedded Linux BSP Engineer                     | Embedded Developer
            BSP Engineer                                    | Embedded Developer
            Linux BSP Developer - Remote                    | Embedded Developer
            IoT Engineer                                    | Embedded Developer
            Senior IoT Developer (Hybrid)                   | Embedded Developer
            IoT Firmware Engineer                           | Embedded Developer
            Microcontroller Firmware Developer              | Embedded Developer
            Microcontroller Software Engineer               | Embedded Developer
            MCU Firmware Engineer                           | Embedded Developer
            RTOS Engineer                                   | Embedded Developer
            RTOS Software Developer - Munich                | Embedded Developer
            Device Driver Engineer                          | Embedded Developer
            Linux Kernel Driver Developer                   | Embedded Developer
            Driver Engineer, GPU Team                       | Embedded Developer
            Senior Driver Developer II                      | Embedded Developer
            Engenheiro de Firmware Sênior                   | Embedded Developer
            Desenvolvedor de Software Embarcado             | Embedded Developer
            Truck Driver                                    | none
            Delivery Driver - Remote                        | none
            Senior Software Engineer, Driver Experience     | Software Engineer
            IoT Cloud Engineer                              | Cloud Engineer
            Embedded Analytics Engineer                     | Data Engineer
            """)
    void embeddedAndFirmwareTitles(String title, String role) {
        assertThat(roles.ofTitle(title)).isEqualTo(role);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            AI Sales Specialist II, Google Cloud            | none
            Technical Account Manager, Google Cloud         | Solutions Engineer
            Cloud Account Executive                         | Account Executive
            CAD Front-End Engineer, CPU                     | none
            Account Executive, Embedded Finance             | Account Executive
            Embedded Payments Partnerships Lead             | none
            Mobile Marketing Manager                        | none
            SoC Test Engineer                               | Hardware Engineer
            Remote Sensing Scientist                        | none
            Business Developer - Label                      | none
            """)
    void knownFalsePositivesStayOut(String title, String role) {
        assertThat(roles.ofTitle(title)).isEqualTo(role);
    }

    @ParameterizedTest(name = "\"{0}\" is listed as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Account Executive, Bridge                   | account executive
            Senior Account Executive - LATAM            | account executive
            Manager, Sales Development                  | manager sales development
            Head of Procurement                         | head of procurement
            Pharmacy Technician (Remote) II             | pharmacy technician
            Sports Data Collector (Football) - Haifa    | sports data collector
            Senior                                      | senior
            """)
    void unmatchedTitlesAreListedByTheirFirstPart(String title, String key) {
        assertThat(roles.titleKey(title)).isEqualTo(key);
    }

    @Test
    void atLeastThirtyRolesShip() {
        assertThat(roles.roles()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .noneMatch(r -> r.startsWith("@"));
    }

    @Test
    void anUnmatchedTitleWithoutWordsHasAKeyToo() {
        assertThat(roles.titleKey(null)).isEqualTo("(no title)");
        assertThat(roles.titleKey(" - ")).isEqualTo("(no title)");
    }

    @Test
    void aFileCanDeclareNoiseFallbackCombinationsAndExclusions() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.txt"), """
                @noise | level
                @fallback | Engineer
                Engineer | engineer
                Rust Engineer | rust + engineer | !rust proof
                Coffee Engineer | coffee engineer
                """);

        RoleTaxonomy own = RoleTaxonomy.load(TaxonomySpec.parse(file.toString()));

        assertThat(own.roles()).containsExactly("Engineer", "Rust Engineer", "Coffee Engineer");
        assertThat(own.ofTitle("Engineer, Rust")).isEqualTo("Rust Engineer");
        assertThat(own.ofTitle("Rust-Proof Coating Engineer")).isEqualTo("Engineer");
        assertThat(own.ofTitle("Coffee Level Engineer")).isEqualTo("Coffee Engineer");
        assertThat(own.ofTitle("Coffee Chief Engineer")).isEqualTo("Engineer");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # "software engineer" (17 characters) and "backend software engineer" (25) both occur
            Backend Software Engineer          | Backend Developer
            # "data engineer" and "big data engineer"
            Big Data Engineer                  | Data Engineer
            # "devops" (6) loses to "site reliability engineer"
            Site Reliability Engineer, DevOps  | Site Reliability Engineer
            """)
    void theLongestPhraseWins(String title, String role) {
        assertThat(roles.ofTitle(title)).isEqualTo(role);
    }

    @ParameterizedTest(name = "role value \"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a role value may be the canonical name in any case
            Backend Developer     | Backend Developer
            full-stack developer  | Full-Stack Developer
            .net developer        | .NET Developer
            # otherwise it matches like a title
            Back-end Engineer     | Backend Developer
            Barista               | none
            # no value is no role
            none                  | none
            """)
    void aRoleValueIsACanonicalNameInAnyCaseOrMatchesLikeATitle(String value, String role) {
        assertThat(roles.ofRoleValue(value)).isEqualTo(role);
    }

    @Test
    void namedMatchesCanonicalNamesCaseInsensitively() {
        assertThat(roles.named("backend developer")).contains("Backend Developer");
        assertThat(roles.named("  DEVOPS   ENGINEER ")).contains("DevOps Engineer");
        assertThat(roles.named("full stack developer")).contains("Full-Stack Developer");
    }

    @Test
    void namedDoesNotMatchAliases() {
        assertThat(roles.named("backend")).isEmpty();
        assertThat(roles.named("Back-end Engineer")).isEmpty();
        assertThat(roles.named("")).isEmpty();
    }

    @Test
    void aliasesArePlainPhrasesComparedAsWordsAndListedAsWritten() {
        assertThat(roles.aliased(Words.of("Back-end Engineer"))).contains("Backend Developer");
        assertThat(roles.aliased(Words.of("SRE"))).contains("Site Reliability Engineer");
        assertThat(roles.aliased(Words.of("embedded engineer"))).contains("Embedded Developer");
        assertThat(roles.aliased(Words.of("asic"))).isEmpty(); // an exclusion is no alias
        assertThat(roles.phrases("Backend Developer")).startsWith("Backend Developer", "backend engineer")
                .doesNotContain("!asic", "asic");
        assertThat(roles.exclusions("Backend Developer")).contains("asic", "rtl");
        assertThat(roles.isFallback("Software Engineer")).isTrue();
        assertThat(roles.isFallback("Backend Developer")).isFalse();
    }

    @Test
    void plusFileExtendsTheDefaultsWithItsEntriesFirst() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.txt"), """
                # our own roles
                Barista | coffee maker | espresso
                Backend Developer | server wrangler
                """);

        RoleTaxonomy extended = RoleTaxonomy.load(TaxonomySpec.parse("+" + file));

        assertThat(extended.ofTitle("Senior Espresso Artist")).isEqualTo("Barista");
        assertThat(extended.ofTitle("Server Wrangler")).isEqualTo("Backend Developer");
        assertThat(extended.ofTitle("Back-end Engineer")).isEqualTo("Backend Developer");
        assertThat(extended.ofTitle("DevOps Engineer")).isEqualTo("DevOps Engineer");
        assertThat(extended.roles()).startsWith("Barista", "Backend Developer").contains("DevOps Engineer");
        assertThat(extended.roles()).doesNotHaveDuplicates();
    }

    @Test
    void aFileReplacesTheDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.txt"), "Barista | coffee maker\n");

        RoleTaxonomy replaced = RoleTaxonomy.load(TaxonomySpec.parse(file.toString()));

        assertThat(replaced.roles()).containsExactly("Barista");
        assertThat(replaced.ofTitle("Coffee Maker")).isEqualTo("Barista");
        assertThat(replaced.ofTitle("Backend Developer")).isNull();
        assertThat(replaced.named("backend developer")).isEmpty();
    }

    @Test
    void noSpecIsTheDefaults() throws IOException {
        assertThat(RoleTaxonomy.load(TaxonomySpec.BUILT_IN).roles()).isEqualTo(roles.roles());
        assertThat(roles.roles()).contains("Backend Developer", "DevOps Engineer", "Embedded Developer",
                "Full-Stack Developer", "Software Engineer");
    }
}
