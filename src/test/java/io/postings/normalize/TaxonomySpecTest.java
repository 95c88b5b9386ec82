package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.input.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A taxonomy read where a job is submitted gives the same entries where it runs, with no file there. */
class TaxonomySpecTest {
    @TempDir
    Path tmp;

    @Test
    void aSpecWithItsFileReadNeedsTheFileNoMoreAndSurvivesSerialization() throws Exception {
        Path file = Files.writeString(tmp.resolve("roles.txt"), "# mine\nAPI Plumber | api plumbing\n");
        TaxonomySpec onDisk = TaxonomySpec.parse("+" + file);
        List<List<String>> expected = onDisk.entries("roles.txt");

        TaxonomySpec read = onDisk.withFileRead();
        Files.delete(file);
        TaxonomySpec shipped = roundTrip(read);

        assertThat(expected.get(0)).containsExactly("API Plumber", "api plumbing");
        assertThat(expected.size()).isGreaterThan(1);
        assertThat(shipped.entries("roles.txt")).isEqualTo(expected);
        assertThat(shipped.given()).isEqualTo("+" + file);
        assertThat(RoleTaxonomy.load(shipped).roles()).contains("API Plumber");
        assertThatThrownBy(() -> onDisk.entries("roles.txt")).isInstanceOf(InputException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void theBuiltInTaxonomyHasNoFileToRead() throws IOException {
        assertThat(TaxonomySpec.BUILT_IN.withFileRead()).isSameAs(TaxonomySpec.BUILT_IN);
    }

    @Test
    void aMissingFileFailsWhenReadNamingIt() {
        Path missing = tmp.resolve("skills.txt");
        assertThatThrownBy(() -> TaxonomySpec.parse(missing.toString()).withFileRead())
                .isInstanceOf(InputException.class).hasMessage(missing + ": no such file");
    }

    private static TaxonomySpec roundTrip(TaxonomySpec spec) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TaxonomySpec) in.readObject();
        }
    }
}
