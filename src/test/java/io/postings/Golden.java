package io.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden-file comparison shared by the renderer and command tests. */
public final class Golden {
    private Golden() {
    }

    /**
     * Compares output with {@code src/test/resources/golden/NAME} byte for byte.
     * After an intended change of the output, regenerate the files and review the diff:
     * {@code mvn test -Dgolden.update=true} (the property makes this write the file instead of comparing).
     */
    public static void assertMatches(String name, String actual) throws IOException {
        Path file = Path.of("src", "test", "resources", "golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("missing golden file " + file + "; create it with -Dgolden.update=true");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from " + file + " (regenerate with -Dgolden.update=true if intended)");
    }
}
