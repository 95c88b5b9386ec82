package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hard cases of docs/METRICS.md sections 3 and 9, in both directions. */
class SkillExtractorTest {
    private static final SkillExtractor SKILLS = SkillTaxonomy.defaults().extractor();

    @TempDir
    Path dir;

    private static Set<String> extract(String text) {
        return SKILLS.extract(text);
    }

    @ParameterizedTest(name = "no skill in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Go above and beyond for our customers.
            Let's go! Our go-to-market team is growing.
            Go-live support is part of the job.
            Go ahead and apply even if you miss a requirement.
            The Go To Market lead owns pricing.
            Our sales team works on the go.
            Go/no-go decisions are made weekly.
            We need strong R&D skills.
            You will join our R&amp;D group.
            Report to R. Johnson in operations.
            Support SAP R/3 upgrades for finance users.
            Present findings to the C-suite and C-level executives.
            We just closed our Series C.
            The office has a USB-C dock at every desk.
            Plan B and Plan C are both on the table.
            Apply a rust-proof coating to the enclosures.
            Manufacturing clients across the Rust Belt.
            We move swiftly and make swift decisions.
            Join our Spring 2026 internship cohort.
            In spring we host a company-wide hackathon.
            Our chef prepares lunch every day.
            Executive Chef needed for a busy restaurant.
            Puppet shows at the summer picnic.
            We believe in unity across all offices.
            We bootstrap new teams quickly.
            Cut yourself some slack: unlimited PTO.
            Please express interest by sending a note.
            American Express is a launch partner.
            Lab duties include cleaning each flask.
            You will excel in a fast-paced environment.
            React quickly to production incidents.
            Stay agile and adaptable.
            Spark joy in every conversation.
            You will be at the helm of finance.
            Work on the assembly line building enclosures.
            Take the rest of the afternoon off.
            Please send your CV and a cover letter.
            Must hold an active security clearance.
            Attend networking events with founders.
            Offers depend on a background check and drug testing.
            Report to the leadership team every quarter.
            Visit careers.acme.net to learn more.
            Active TS/SCI clearance required.
            Weekly RAG status reports go to the steering committee.
            Saber lidar com clientes é essencial.
            Lambda expressions are second nature to you.
            Communication is key in this client-facing role.
            Knowledge of serial communication protocols is a must.
            Our leadership team meets every quarter.
            Pythonic idioms, Javanese coffee and gophers.
            """)
    void ordinaryWordsAreNoSkills(String text) {
        assertThat(extract(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Experience with Go, Python or Java.                  | Go; Python; Java
            We write most of our backend in Go.                  | Go
            Backend services are written in Golang.              | Go
            Go and Rust experience preferred.                    | Go; Rust
            Go experience is a must.                             | Go
            We build Go-based services.                          | Go
            Proficiency in R or Python for statistics.           | R; Python; Statistics
            Tools: R, SQL, Tableau.                              | R; SQL; Tableau
            Fluent in R for modeling.                            | R
            Strong C/C++ programming skills.                     | C; C++
            Experience with C in constrained environments.       | C
            Languages: C, C++ and Rust.                          | C; C++; Rust
            Objective-C and Swift for iOS.                       | Objective-C; Swift; iOS
            React Native experience.                             | React Native
            React Native experience; React is a plus.            | React Native; React
            HTML/CSS and JavaScript.                             | HTML; CSS; JavaScript
            Experience with Rust and Tokio.                      | Rust; Tokio
            Build iOS apps in Swift with UIKit.                  | iOS; Swift; UIKit
            Java developers with Spring experience.              | Java; Spring
            Java 17, Spring Boot and microservices.              | Java; Spring Boot; Microservices
            Configuration management with Puppet, Chef or Ansible. | Puppet; Chef; Ansible
            Unity developer with strong C# skills.               | Unity; C#
            HTML, CSS and Bootstrap for layouts.                 | HTML; CSS; Bootstrap
            Tools we use: Slack, Jira, Confluence.               | Slack; Jira; Confluence
            Node.js/Express APIs.                                | Node.js; Express; APIs
            Python web frameworks such as Flask or Django.       | Python; Flask; Django
            Advanced Excel skills.                               | Excel
            Build services with C# and .NET on Azure.            | C#; .NET; Azure
            Experience with C#/.NET Core.                        | C#; .NET
            ASP.NET MVC and SQL Server.                          | ASP.NET; SQL Server
            Own CI/CD pipelines in Jenkins.                      | CI/CD; Jenkins
            Modern C++ (C++17) on Linux.                         | C++; Linux
            Hands-on k8s, Postgres and Amazon Web Services.      | Kubernetes; PostgreSQL; AWS
            Python data stack: sklearn, pandas, NumPy.           | Python; scikit-learn; Pandas; NumPy
            KUBERNETES AND TERRAFORM.                            | Kubernetes; Terraform
            Experiência com aprendizado de máquina e ciência de dados. | Machine Learning; Data Science
            Experiencia com aprendizado de maquina.              | Machine Learning
            Mobile: Swift on iOS, Kotlin on Android.             | Swift; iOS; Kotlin; Android
            Strong knowledge of R is a big plus.                 | R
            Our stack includes C, and you will help us evolve it. | C
            Hands-on experience with Communication is required.  | Communication
            Skills: Leadership, Communication.                   | Leadership; Communication
            """)
    void techNamesAreSkills(String text, String expected) {
        assertThat(extract(text)).containsExactlyInAnyOrder(expected.split("; "));
    }

    @Test
    void theLongestNameWinsAndSkillsComeInOrderOfFirstMention() {
        assertThat(extract("Spring Boot, SQL Server, AWS Lambda, Apache Kafka, Generative AI, Embedded Linux"))
                .containsExactly("Spring Boot", "SQL Server", "Lambda", "Kafka", "Generative AI", "Embedded Linux");
        assertThat(extract("Python, then Java, then Python again")).containsExactly("Python", "Java");
    }

    @Test
    void htmlTagsAndEntitiesAreNotText() {
        assertThat(extract("<p>We use <strong>Go</strong> and <b>Kubernetes</b></p><ul><li>Rust</li><li>Python</li></ul>"))
                .containsExactly("Go", "Kubernetes", "Rust", "Python");
        assertThat(extract("<li>C&#43;&#43; and Python</li><div>SQL&nbsp;skills</div>")).containsExactly("C++", "Python", "SQL");
        assertThat(extract("<a href=\"https://golang.org/kubernetes\">docs</a>")).isEmpty();
        assertThat(extract("<p>Spring&nbsp;2026 internship &ndash; apply now</p>")).isEmpty();
        assertThat(extract("Price &lt; $50, 5 < 7 and Python")).containsExactly("Python");
    }

    @Test
    void blockTagsAndLineBreaksEndALine() {
        // "Go" starts a list item: only its list neighbours make it the language.
        assertThat(extract("<ul><li>Go</li><li>PostgreSQL</li></ul>")).containsExactly("Go", "PostgreSQL");
        assertThat(extract("Tech stack:\n- Go\n- PostgreSQL")).containsExactly("Go", "PostgreSQL");
        assertThat(extract("<p>Go above and beyond.</p><p>Python</p>")).containsExactly("Python");
        assertThat(extract("Build microservices in Go.\nGo the extra mile for users.")).containsExactly("Microservices", "Go");
    }

    @Test
    void markdownEscapesAreUndone() {
        assertThat(extract("* Strong C\\+\\+ skills\n* **Languages:** Go, Rust")).containsExactly("C++", "Go", "Rust");
    }

    @Test
    void onlyTaxonomySkillsComeOut() {
        assertThat(extract("Experience with Zorblax, Frobnicator 3000 and QuuxDB.")).isEmpty();
        assertThat(extract("")).isEmpty();
        assertThat(extract(null)).isEmpty();
    }

    @Test
    void mentionsShowWhatMatchedAndWhere() {
        List<SkillExtractor.Mention> mentions = SKILLS.mentions("We love k8s. Go above and beyond with Kubernetes.");
        assertThat(mentions).extracting(SkillExtractor.Mention::skill).containsExactly("Kubernetes", "Kubernetes");
        assertThat(mentions.get(0).matched()).isEqualTo("k8s");
        assertThat(mentions.get(1).context()).contains("beyond with Kubernetes");
    }

    @Test
    void aUserTaxonomyCanMarkOrdinaryWordsAndStopPhrases() throws IOException {
        Path file = Files.writeString(dir.resolve("skills.txt"), """
                ?Crow | crow lang | !crow bar
                Zorblax
                ~Quux | quuxdb
                ?Zorb | ?ZORB
                """);
        SkillExtractor own = SkillTaxonomy.load(TaxonomySpec.parse(file.toString())).extractor();

        assertThat(own.extract("We use ZORB.")).containsExactly("Zorb");
        assertThat(own.extract("We use Zorb.")).containsExactly("Zorb");
        assertThat(own.extract("We use zorb.")).isEmpty();

        assertThat(own.extract("We ship Crow and Zorblax.")).containsExactly("Crow", "Zorblax");
        assertThat(own.extract("A crow sat on the Crow Bar sign.")).isEmpty();
        assertThat(own.extract("Quux, quuxdb")).containsExactly("Quux");
        assertThat(SkillTaxonomy.load(TaxonomySpec.parse(file.toString())).canonical("crow bar")).isNull();
    }

    @Test
    void plusFileWordsAreSearchedTooAndWin() throws IOException {
        Path file = Files.writeString(dir.resolve("extra.txt"), "Zorblax | zbx\n");
        SkillExtractor extended = SkillTaxonomy.load(TaxonomySpec.parse("+" + file)).extractor();

        assertThat(extended.extract("Zbx on Kubernetes")).containsExactly("Zorblax", "Kubernetes");
    }

    @Test
    void threadsShareOneExtractor() {
        List<String> texts = IntStream.range(0, 2_000)
                .mapToObj(i -> i % 2 == 0 ? "Experience with Go, Python and <b>k8s</b> #" + i : "Go above and beyond " + i)
                .toList();
        List<Set<String>> sequential = texts.stream().map(SKILLS::extract).toList();
        List<Set<String>> parallel = texts.parallelStream().map(SKILLS::extract).collect(Collectors.toList());

        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.get(0)).containsExactly("Go", "Python", "Kubernetes");
        assertThat(sequential.get(1)).isEmpty();
    }

    @Test
    void longTextsGrowTheScratchSpace() {
        String text = "filler words here ".repeat(20_000) + "and finally Terraform";
        assertThat(extract(text)).containsExactly("Terraform");
        assertThat(extract("C/C++")).containsExactly("C", "C++");
    }
}
