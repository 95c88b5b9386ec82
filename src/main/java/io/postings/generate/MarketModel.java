package io.postings.generate;

import io.postings.normalize.TaxonomyFile;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The market the generator imitates, read from the resource {@code io/postings/market.txt}
 * (the file's header documents the keys). Calibration lives there as data so that a
 * re-calibration is a data change that reviewers can read against docs/published-figures.md.
 */
final class MarketModel {
    /** Where a country's postings are: the label of "Remote - label" and city locations. */
    record Place(String label, List<String> locations) {
    }

    /** Pay stated in a country's own terms (the tool excludes it as not US). */
    record ForeignPay(String currency, String period, double typical) {
    }

    /** A name and a number, from a "name 12.5" cell. */
    record Weighted(String name, double weight) {
    }

    final List<RoleModel> roles = new ArrayList<>();
    final Map<String, Place> places = new HashMap<>();
    final Map<String, ForeignPay> foreignPay = new HashMap<>();
    final Map<String, List<Weighted>> spellings = new HashMap<>();
    final Map<String, String> aliases = new HashMap<>();
    /** Title forms per seniority level, in {@link PostingSource#LEVELS} order. */
    final List<List<String>> titleForms = new ArrayList<>();
    final List<String> companyFirst = new ArrayList<>();
    final List<String> companySecond = new ArrayList<>();
    final List<String> companySuffix = new ArrayList<>();
    double foreignPayShare;
    double aliasShare;
    /** The whole months postings are dated in, first to last. */
    final List<YearMonth> months = new ArrayList<>();
    /** Percent of every role's postings that carry no date. */
    double undatedShare;
    /** How far pay drifts over the months, in standard deviations of log pay (see {@link PostingMonths}). */
    double payDrift;

    private final List<Weighted> tailCountries = new ArrayList<>();
    private final Map<String, List<String>> roleDefaults = new HashMap<>();
    private double defaultSpread;

    private MarketModel() {
    }

    static MarketModel defaults() {
        return parse(TaxonomyFile.resource("market.txt"));
    }

    static MarketModel parse(List<List<String>> lines) {
        MarketModel m = new MarketModel();
        List<List<List<String>>> sections = new ArrayList<>();
        for (int level = 0; level < PostingSource.LEVELS.length; level++) {
            m.titleForms.add(new ArrayList<>());
        }
        for (List<String> line : lines) {
            String key = line.get(0);
            if (key.equals("role") || key.equals("unmatched")) {
                sections.add(new ArrayList<>());
            }
            if (!sections.isEmpty()) {
                sections.get(sections.size() - 1).add(line);
            } else {
                m.readGlobal(key, line.subList(1, line.size()));
            }
        }
        for (List<List<String>> section : sections) {
            m.roles.add(m.readRole(section));
        }
        return m;
    }

    private void readGlobal(String key, List<String> cells) {
        switch (key) {
            case "place" -> places.put(cells.get(0), new Place(cells.get(1), List.copyOf(cells.subList(2, cells.size()))));
            case "tail-countries" -> tailCountries.addAll(weighted(cells));
            case "foreign-pay-share" -> foreignPayShare = number(cells.get(0)) / 100;
            case "foreign-pay" -> foreignPay.put(cells.get(0), new ForeignPay(cells.get(1), cells.get(2), number(cells.get(3))));
            case "company-first" -> companyFirst.addAll(cells);
            case "company-second" -> companySecond.addAll(cells);
            case "company-suffix" -> companySuffix.addAll(cells);
            case "spelling" -> spellings.put(cells.get(0), weighted(cells.subList(1, cells.size())));
            case "alias-share" -> aliasShare = number(cells.get(0)) / 100;
            case "alias" -> aliases.put(cells.get(0), cells.get(1));
            case "title-form" -> titleForms.get(levelIndex(PostingSource.LEVELS, cells.get(0))).addAll(cells.subList(1, cells.size()));
            case "months" -> {
                for (YearMonth m = YearMonth.parse(cells.get(0)); !m.isAfter(YearMonth.parse(cells.get(1))); m = m.plusMonths(1)) {
                    months.add(m);
                }
            }
            case "undated-share" -> undatedShare = number(cells.get(0));
            case "pay-drift" -> payDrift = number(cells.get(0));
            case "default-seniority", "default-work-mode", "default-country", "default-trend" ->
                    roleDefaults.put(key.substring("default-".length()), cells);
            case "default-spread" -> defaultSpread = number(cells.get(0));
            default -> throw new IllegalStateException("market.txt: unknown key " + key);
        }
    }

    private RoleModel readRole(List<List<String>> section) {
        List<String> head = section.get(0);
        boolean unmatched = head.get(0).equals("unmatched");
        String name = unmatched ? "" : head.get(1);
        int postings = (int) number(head.get(head.size() - 1));
        Map<String, List<String>> cells = new HashMap<>(roleDefaults);
        List<String> employers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Weighted> skills = new ArrayList<>();
        Map<String, List<String>> premiums = new HashMap<>();
        for (List<String> line : section.subList(1, section.size())) {
            List<String> rest = line.subList(1, line.size());
            switch (line.get(0)) {
                case "salary", "seniority", "work-mode", "country", "trend" -> cells.put(line.get(0), rest);
                case "employer" -> employers.addAll(rest);
                case "title" -> titles.addAll(rest);
                case "skill" -> skills.addAll(weighted(rest));
                case "premium" -> premiums.put(rest.get(0), rest.subList(1, rest.size()));
                default -> throw new IllegalStateException("market.txt: unknown key " + line.get(0) + " in " + head);
            }
        }
        SalaryModel salary = salary(cells.get("salary"));
        List<Weighted> employerCounts = weighted(employers);
        List<String> countries = new ArrayList<>();
        double[] countryWeights = countryWeights(cells.get("country"), countries);
        List<SkillModel> skillModels = new ArrayList<>();
        for (Weighted s : skills) {
            List<String> premium = premiums.remove(s.name());
            double median = premium == null ? Double.NaN : number(premium.get(0));
            int n = premium == null || premium.size() < 2 ? -1 : (int) option(premium.subList(1, premium.size()), "n", -1);
            skillModels.add(SkillModel.of(s.name(), s.weight() / 100, postings, salary, median, n));
        }
        if (!premiums.isEmpty()) {
            throw new IllegalStateException("market.txt: premium for skills " + premiums.keySet() + " not listed in " + head);
        }
        return new RoleModel(name, postings, salary,
                levelWeights(cells.get("seniority"), PostingSource.LEVELS),
                levelWeights(cells.get("work-mode"), PostingSource.MODES),
                List.copyOf(countries), countryWeights,
                employerCounts.stream().map(Weighted::name).toList(),
                employerCounts.stream().mapToInt(w -> (int) w.weight()).toArray(),
                List.copyOf(titles), List.copyOf(skillModels), trend(cells.get("trend"), head));
    }

    /** One weight per month, scaled to the dated share, then the undated share. */
    private double[] trend(List<String> cells, List<String> head) {
        if (cells == null || cells.size() != months.size()) {
            throw new IllegalStateException("market.txt: " + head + " needs a trend of " + months.size() + " months");
        }
        double sum = 0;
        for (String cell : cells) {
            sum += number(cell);
        }
        double[] out = new double[months.size() + 1];
        for (int i = 0; i < months.size(); i++) {
            out[i] = number(cells.get(i)) / sum * (100 - undatedShare);
        }
        out[months.size()] = undatedShare;
        return out;
    }

    private SalaryModel salary(List<String> cells) {
        List<String> options = cells.subList(1, cells.size());
        return new SalaryModel(number(cells.get(0)), (int) option(options, "n", 0), option(options, "spread", defaultSpread));
    }

    /** The named countries, then "" (unknown), then the tail countries sharing what is left. */
    private double[] countryWeights(List<String> cells, List<String> codes) {
        List<Double> weights = new ArrayList<>();
        double named = 0;
        double unknown = 0;
        for (Weighted w : weighted(cells)) {
            if (w.name().equals("unknown")) {
                unknown = w.weight();
            } else {
                codes.add(w.name());
                weights.add(w.weight());
            }
            named += w.weight();
        }
        codes.add("");
        weights.add(unknown);
        double tailTotal = 0;
        for (Weighted t : tailCountries) {
            tailTotal += codes.contains(t.name()) ? 0 : t.weight();
        }
        for (Weighted t : tailCountries) {
            if (!codes.contains(t.name())) {
                codes.add(t.name());
                weights.add(Math.max(0, 100 - named) * t.weight() / tailTotal);
            }
        }
        return weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Weights in the order of {@code levels}. */
    private static double[] levelWeights(List<String> cells, String[] levels) {
        double[] out = new double[levels.length];
        for (Weighted w : weighted(cells)) {
            out[levelIndex(levels, w.name())] = w.weight();
        }
        return out;
    }

    /** Where a level named in the file ("unknown" for the "" level) is in {@code levels}. */
    private static int levelIndex(String[] levels, String name) {
        String value = name.equals("unknown") ? "" : name;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].equals(value)) {
                return i;
            }
        }
        throw new IllegalStateException("market.txt: unknown level " + name);
    }

    /** "name 12.5" cells: the name is everything before the last space. */
    private static List<Weighted> weighted(List<String> cells) {
        List<Weighted> out = new ArrayList<>();
        for (String cell : cells) {
            int space = cell.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalStateException("market.txt: expected \"name number\", got " + cell);
            }
            out.add(new Weighted(cell.substring(0, space).strip(), number(cell.substring(space + 1))));
        }
        return out;
    }

    /** The number of a "key value" cell among {@code cells}, else {@code otherwise}. */
    private static double option(List<String> cells, String key, double otherwise) {
        for (Weighted w : weighted(cells)) {
            if (w.name().equals(key)) {
                return w.weight();
            }
        }
        return otherwise;
    }

    private static double number(String text) {
        return Double.parseDouble(text.strip());
    }
}
