package io.postings.normalize;

import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The versions of the taxonomies a run used, as content hashes of their entries. The entries
 * are read the way {@code RoleTaxonomy.load} and {@code SkillTaxonomy.load} read them: a
 * {@code +FILE}'s entries first, then the built-in ones; a {@code FILE} alone replaces them.
 */
public final class TaxonomyHashes {
    private TaxonomyHashes() {
    }

    public static TaxonomyVersions of(String rolesSpec, String skillsSpec) throws IOException {
        List<List<String>> roles = entries("roles.txt", rolesSpec);
        List<List<String>> skills = entries("skills.txt", skillsSpec);
        return new TaxonomyVersions(sha256(roles), roles.size(), sha256(skills), skills.size());
    }

    private static List<List<String>> entries(String resource, String spec) throws IOException {
        if (spec == null) {
            return TaxonomyFile.resource(resource);
        }
        if (spec.startsWith("+")) {
            List<List<String>> entries = new ArrayList<>(TaxonomyFile.file(Path.of(spec.substring(1))));
            entries.addAll(TaxonomyFile.resource(resource));
            return entries;
        }
        return TaxonomyFile.file(Path.of(spec));
    }

    private static String sha256(List<List<String>> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<String> entry : entries) {
                digest.update((String.join(" | ", entry) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
