package io.postings.normalize;

import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The versions of the taxonomies a run used, as content hashes of their entries. The entries
 * are read the way {@code RoleTaxonomy.load} and {@code SkillTaxonomy.load} read them
 * ({@link TaxonomySpec#entries}).
 */
public final class TaxonomyHashes {
    private TaxonomyHashes() {
    }

    public static TaxonomyVersions of(TaxonomySpec rolesSpec, TaxonomySpec skillsSpec) throws IOException {
        List<List<String>> roles = rolesSpec.entries("roles.txt");
        List<List<String>> skills = skillsSpec.entries("skills.txt");
        return new TaxonomyVersions(sha256(roles), roles.size(), sha256(skills), skills.size());
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
