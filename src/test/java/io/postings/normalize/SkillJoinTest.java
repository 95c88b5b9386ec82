package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.RawRecord;
import io.postings.input.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillJoinTest {
    private static final Path KAGGLE_SKILLS = Path.of("src", "test", "resources", "skills", "kaggle", "job_skills.csv");

    @TempDir
    Path dir;

    private static SkillJoin load(Path file) throws IOException {
        return SkillJoin.load(new InputOpener(InputStream.nullInputStream()), Source.of(file.toString()));
    }

    @Test
    void readsTheKaggleLongTableByPostingId() throws IOException {
        SkillJoin join = load(KAGGLE_SKILLS);

        assertThat(join.of("3900000001")).containsExactly("IT", "ENG");
        assertThat(join.of(" 3900000004 ")).containsExactly("IT", "XYZ");
        assertThat(join.of("3900000003")).isEmpty();
        assertThat(join.of(null)).isEmpty();
        assertThat(join.postings()).isEqualTo(7);
        assertThat(join.rows()).isEqualTo(11);
    }

    @Test
    void aTableShippedToAWorkerJoinsAsTheOneRead() throws Exception {
        SkillJoin read = load(KAGGLE_SKILLS);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(read);
        }
        SkillJoin shipped;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (SkillJoin) in.readObject();
        }

        assertThat(shipped.of("3900000001")).containsExactly("IT", "ENG");
        assertThat(shipped.of(" 3900000004 ")).containsExactly("IT", "XYZ");
        assertThat(shipped.postings()).isEqualTo(read.postings());
        assertThat(shipped.rows()).isEqualTo(read.rows());
    }

    @Test
    void readsGzippedJsonLinesWithNamesAndLists() throws IOException {
        Path file = dir.resolve("skills.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("""
                    {"id": "a1", "skill_name": "Python"}
                    {"id": "a1", "skills": "['k8s', 'Go']"}
                    {"id": "a2", "skill": null}
                    {"skill": "Rust"}
                    """.getBytes(StandardCharsets.UTF_8));
        }
        SkillJoin join = load(file);

        assertThat(join.of("a1")).containsExactly("Python", "k8s", "Go");
        assertThat(join.of("a2")).isEmpty();
        assertThat(join.rows()).isEqualTo(2);
    }

    @Test
    void aTableWithoutAnIdOrASkillColumnIsRefused() throws IOException {
        Path noId = Files.writeString(dir.resolve("no-id.csv"), "posting,skill_abr\n1,IT\n");
        Path noSkill = Files.writeString(dir.resolve("no-skill.csv"), "job_id,industry_id\n1,42\n");

        assertThatThrownBy(() -> load(noId)).isInstanceOf(InputException.class).hasMessageContaining("posting id column");
        assertThatThrownBy(() -> load(noSkill)).isInstanceOf(InputException.class).hasMessageContaining("skill column");
        assertThatThrownBy(() -> load(dir.resolve("missing.csv"))).isInstanceOf(InputException.class);
    }

    @Test
    void theNormalizerUsesTheOwnCellFirstThenTheTableThenTheDescription() throws IOException {
        SkillTaxonomy taxonomy = SkillTaxonomy.defaults();
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), taxonomy,
                new SalaryRules(2080, false), load(KAGGLE_SKILLS));

        assertThat(skillsOf(normalizer, "3900000001", "k8s; golang", "Python")).containsExactly("Kubernetes", "Go");
        assertThat(skillsOf(normalizer, "3900000001", null, "Python")).containsExactly("Information Technology", "Engineering");
        assertThat(skillsOf(normalizer, "3900000003", null, "Python and AWS. Let's go!")).containsExactly("Python", "AWS");
        assertThat(skillsOf(normalizer, "3900000003", "[]", null)).isEmpty();
    }

    @Test
    void withoutATableDescriptionsAreSearchedOnlyWhenTheSkillsCellIsEmpty() {
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(),
                SkillTaxonomy.defaults(), new SalaryRules(2080, false));

        assertThat(skillsOf(normalizer, "1", "Underwater Basket Weaving", "Go and Rust")).containsExactly("underwater basket weaving");
        assertThat(skillsOf(normalizer, "1", "  ", "Go and Rust")).containsExactly("Go", "Rust");
        assertThat(skillsOf(normalizer, "1", null, "We love Zorblax")).isEmpty();
    }

    private static java.util.Set<String> skillsOf(Normalizer normalizer, String id, String skills, String description) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("title", "Backend Developer");
        if (skills != null) {
            values.put("skills", skills);
        }
        if (description != null) {
            values.put("description", description);
        }
        return normalizer.normalize(new RawRecord("test.csv", 2, values), NormalizeListener.IGNORE).skills();
    }

    @Test
    void joinsByTitleAndCompanyWhenTheTableHasNoId() throws IOException {
        Path table = dir.resolve("skills.csv");
        Files.writeString(table, "Job Title~Company Name~Skill\nSenior \"Rockstar\" Developer~Acme~Go\n"
                + "Senior \"Rockstar\" Developer~Acme~Kafka\nData Engineer~Globex~Spark\n");

        SkillJoin join = SkillJoin.load(new InputOpener(InputStream.nullInputStream()), Source.of(table.toString()),
                java.util.List.of(Field.TITLE, Field.COMPANY));

        ColumnMap columns = new ColumnMap(Map.of());
        Map<String, String> posting = new LinkedHashMap<>();
        posting.put("title", "senior  \"rockstar\" developer ");
        posting.put("company", "ACME");
        assertThat(join.of(new RawRecord("jobs.csv", 2, posting), columns)).containsExactly("Go", "Kafka");
        posting.put("company", "Globex");
        assertThat(join.of(new RawRecord("jobs.csv", 3, posting), columns)).isEmpty();
        assertThatThrownBy(() -> SkillJoin.load(new InputOpener(InputStream.nullInputStream()), Source.of(table.toString()),
                java.util.List.of(Field.TITLE, Field.LOCATION)))
                .isInstanceOf(InputException.class).hasMessageContaining("a location column to join by (--join)");
    }
}
