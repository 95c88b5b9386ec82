package io.postings.engine.aggregate;

import io.postings.normalize.Text;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A role's top employers (docs/METRICS.md): employers grouped by case-folded name, count
 * descending, then the folded name; each shown by its most frequent spelling, ties to the smallest.
 */
final class TopEmployers {
    private TopEmployers() {
    }

    static List<Share> of(StringCounts employers, int k, long postings) {
        // One entry per employer (its case-folded name), summing its spellings: shown as the most
        // frequent spelling, ties to the smallest; the same whatever order the spellings come in.
        final class Employer {
            final String key;
            String display;
            long best;
            long count;

            Employer(String key, String display, long count) {
                this.key = key;
                this.display = display;
                this.best = count;
                this.count = count;
            }
        }
        Map<String, Employer> byKey = new HashMap<>(employers.size() * 2);
        employers.forEach((company, c) -> {
            String key = Text.fold(company);
            Employer e = byKey.get(key);
            if (e == null) {
                byKey.put(key, new Employer(key, company, c));
                return;
            }
            e.count += c;
            if (c > e.best || (c == e.best && company.compareTo(e.display) < 0)) {
                e.best = c;
                e.display = company;
            }
        });
        // The k first by count, then name: a heap of k holds the best seen so far, its worst on top
        // (a role has tens of thousands of employers; sorting them all was most of the report's time).
        Comparator<Employer> rank = Comparator.comparingLong((Employer e) -> e.count).reversed()
                .thenComparing(e -> e.key);
        PriorityQueue<Employer> top = new PriorityQueue<>(k + 1, rank.reversed());
        for (Employer e : byKey.values()) {
            if (top.size() < k) {
                top.add(e);
            } else if (k > 0 && rank.compare(e, top.peek()) < 0) {
                top.poll();
                top.add(e);
            }
        }
        List<Employer> best = new ArrayList<>(top);
        best.sort(rank);
        List<Share> out = new ArrayList<>(best.size());
        for (Employer e : best) {
            out.add(Share.of(e.display, e.count, postings));
        }
        return List.copyOf(out);
    }
}
