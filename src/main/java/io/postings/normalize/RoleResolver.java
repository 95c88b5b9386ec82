package io.postings.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a role a user typed into a canonical role of the taxonomy, before any input is read (a
 * typo must not cost a pass over a 10M-row dump). Tried in order:
 * <ol>
 *   <li>the canonical name, case and punctuation aside ("full stack developer");</li>
 *   <li>an alias of roles.txt ("Backend Engineer", "SRE", "Back-end Engineer");</li>
 *   <li>both again with seniority words and levels dropped ("Sr. Backend Developer" is Backend
 *       Developer: seniority is a column of its own, not part of the role);</li>
 *   <li>the title normalizer: whatever title would be classified as role R names R. Except that
 *       the generic fallback role (Software Engineer) is not taken when the text is a typo of
 *       another role's phrase: "Embeded Software Engineer" is no Software Engineer.</li>
 * </ol>
 * Anything else is an {@link UnknownRoleException} naming the closest roles ({@link RoleSuggestions}).
 */
public final class RoleResolver {
    static final int SUGGESTIONS = 5;

    private final RoleTaxonomy taxonomy;

    public RoleResolver(RoleTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public RoleRequest resolve(String typed) {
        List<String> words = Words.of(typed);
        Optional<String> named = taxonomy.named(typed);
        if (named.isPresent() && !words.isEmpty()) {
            return new RoleRequest(typed, named.get(), RoleRequest.Via.NAME, false);
        }
        Optional<String> aliased = taxonomy.aliased(words);
        if (aliased.isPresent()) {
            return new RoleRequest(typed, aliased.get(), RoleRequest.Via.ALIAS, false);
        }
        Stripped stripped = strip(words);
        if (!stripped.words.isEmpty() && stripped.words.size() < words.size()) {
            Optional<String> name = taxonomy.named(String.join(" ", stripped.words));
            if (name.isPresent()) {
                return new RoleRequest(typed, name.get(), RoleRequest.Via.NAME, stripped.seniority);
            }
            Optional<String> alias = taxonomy.aliased(stripped.words);
            if (alias.isPresent()) {
                return new RoleRequest(typed, alias.get(), RoleRequest.Via.ALIAS, stripped.seniority);
            }
        }
        String title = words.isEmpty() ? null : taxonomy.ofTitle(typed);
        if (title != null && !(taxonomy.isFallback(title) && typoOfAnother(stripped.words, title))) {
            return new RoleRequest(typed, title, RoleRequest.Via.TITLE, stripped.seniority);
        }
        throw new UnknownRoleException(typed, suggestions(typed, null));
    }

    /**
     * The roles closest to a typed name, closest first.
     *
     * @param counts postings per role when an input has been read, else null
     */
    public List<RoleSuggestions.Candidate> suggestions(String typed, Map<String, Long> counts) {
        List<String> words = strip(Words.of(typed)).words;
        return RoleSuggestions.closest(taxonomy, words.isEmpty() ? Words.of(typed) : words, counts, SUGGESTIONS);
    }

    private boolean typoOfAnother(List<String> words, String role) {
        for (String other : taxonomy.roles()) {
            if (other.equals(role)) {
                continue;
            }
            for (String phrase : taxonomy.phrases(other)) {
                if (RoleSuggestions.typoOf(words, RoleSuggestions.words(phrase))) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Stripped(List<String> words, boolean seniority) {
    }

    /**
     * The words without seniority phrases ("sr", "entry level") and levels or noise ("ii",
     * "remote"), except inside phrases that only look like seniority ("lead generation").
     */
    private Stripped strip(List<String> words) {
        boolean[] keep = new boolean[words.size()];
        boolean[] drop = new boolean[words.size()];
        for (List<String> phrase : taxonomy.notSeniorityPhrases()) {
            mark(words, phrase, keep);
        }
        List<List<String>> seniority = new ArrayList<>(taxonomy.seniorityPhrases());
        seniority.sort(Comparator.comparingInt(p -> -p.size()));
        boolean found = false;
        for (List<String> phrase : seniority) {
            found |= mark(words, phrase, drop, keep);
        }
        List<String> left = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!(drop[i] && !keep[i]) && (keep[i] || !taxonomy.isNoise(words.get(i)))) {
                left.add(words.get(i));
            }
        }
        return new Stripped(left, found);
    }

    private static boolean mark(List<String> words, List<String> phrase, boolean[] marks) {
        return mark(words, phrase, marks, new boolean[words.size()]);
    }

    /** Marks every occurrence of the phrase that no {@code unless} mark touches; true when one was marked. */
    private static boolean mark(List<String> words, List<String> phrase, boolean[] marks, boolean[] unless) {
        boolean marked = false;
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            boolean match = true;
            for (int j = 0; j < phrase.size() && match; j++) {
                match = words.get(i + j).equals(phrase.get(j)) && !unless[i + j];
            }
            if (match) {
                for (int j = 0; j < phrase.size(); j++) {
                    marks[i + j] = true;
                }
                marked = true;
            }
        }
        return marked;
    }
}
