package io.postings.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws postings from a {@link MarketModel}. Role, employer, country, seniority, work mode,
 * salary disclosure, salary rank, skills and posting month come from {@link Deck}s and
 * {@link Quota}s that cycle once per full pass, so a full pass meets every calibrated count
 * exactly; titles, places, pay wording and the day of the month are independent draws. All randomness comes from one
 * {@link Rng}, in a fixed order.
 */
final class PostingSource {
    /** Seniority column values; "" is unknown. */
    static final String[] LEVELS = {"entry", "mid", "senior", "staff", ""};
    /** Work-mode column values; "" is unknown. */
    static final String[] MODES = {"remote", "hybrid", "onsite", ""};
    private static final int REMOTE = 0;
    private static final int HYBRID = 1;
    private static final String UNKNOWN_PLACE = "Multiple Locations";
    /** Skew of the long tail of company names: a few tail names get several postings, most get one or none. */
    private static final double TAIL_SKEW = 1.3;
    /** US postings whose stated pay is nonsense (a monthly figure called yearly, cents): out of range. */
    private static final double US_OUT_OF_RANGE = 0.01;

    private final MarketModel market;
    private final Rng rng;
    private final Deck roleDeck;
    private final RoleDecks[] decks;

    /** @param monthStreams the random stream of each role's {@link PostingMonths}, by role name */
    PostingSource(MarketModel market, Rng rng, Function<String, Rng> monthStreams) {
        this.market = market;
        this.rng = rng;
        int[] volumes = new int[market.roles.size()];
        decks = new RoleDecks[volumes.length];
        for (int i = 0; i < volumes.length; i++) {
            volumes[i] = market.roles.get(i).postings();
            decks[i] = new RoleDecks(market.roles.get(i), market, rng, monthStreams);
        }
        roleDeck = new Deck(volumes);
    }

    /** The decks of one role; they all cycle after {@code postings} draws. */
    private static final class RoleDecks {
        final Deck employer;
        final Deck country;
        final Deck seniority;
        final Deck workMode;
        /** Among US postings, the n that disclose a valid salary. Null when none do. */
        final Quota disclosure;
        /** Salary ranks 0..n-1, so the salaries are the n stratified quantiles. Null when n is 0. */
        final Deck rank;
        /** Per skill of the role: who lists it among postings without a valid US salary... */
        final Quota[] unsalaried;
        /** ...and among those with one (null for premium skills, which use {@link #premiumRanks}). */
        final Quota[] salaried;
        /** Per skill of the role, the salary ranks that list it (premium skills only, else null). */
        final BitSet[] premiumRanks;
        final PostingMonths months;
        /** Salary ranks whose posting states a premium skill's published median (rank to annual pay). */
        final Map<Integer, Double> pinned = new HashMap<>();

        RoleDecks(RoleModel m, MarketModel market, Rng rng, Function<String, Rng> monthStreams) {
            int tail = m.postings();
            int[] employers = new int[m.employers().size() + 1];
            for (int i = 0; i < m.employerCounts().length; i++) {
                employers[i] = m.employerCounts()[i];
                tail -= employers[i];
            }
            if (tail < 0) {
                throw new IllegalStateException("market.txt: employers of " + m.name() + " exceed its postings");
            }
            employers[employers.length - 1] = tail;
            employer = new Deck(employers);
            int[] countries = Deck.apportion(m.countryWeights(), m.postings());
            country = new Deck(countries);
            seniority = new Deck(Deck.apportion(m.seniority(), m.postings()));
            workMode = new Deck(Deck.apportion(m.workMode(), m.postings()));
            int us = m.countries().indexOf("US");
            int usPostings = us < 0 ? 0 : countries[us];
            int n = m.salary().n();
            if (n > usPostings) {
                throw new IllegalStateException("market.txt: " + m.name() + " has " + n + " salaries for "
                        + usPostings + " US postings");
            }
            int[] ranks = new int[n];
            Arrays.fill(ranks, 1);
            disclosure = n == 0 ? null : new Quota(n, usPostings);
            rank = n == 0 ? null : new Deck(ranks);
            int skills = m.skills().size();
            unsalaried = new Quota[skills];
            salaried = new Quota[skills];
            premiumRanks = new BitSet[skills];
            for (int i = 0; i < skills; i++) {
                SkillModel skill = m.skills().get(i);
                unsalaried[i] = Quota.of(skill.unsalariedShare(), m.postings() - n);
                salaried[i] = skill.premium() ? null : Quota.of(skill.salariedShare(), n);
                premiumRanks[i] = skill.premium() ? skill.ranks(n, rng) : null;
            }
            for (int i = 0; i < skills; i++) {
                if (premiumRanks[i] != null) {
                    m.skills().get(i).pinMedian(premiumRanks[i], m.salary(), pinned);
                }
            }
            months = new PostingMonths(market.months, m.trend(), m.postings(), n, market.payDrift,
                    monthStreams.apply(m.name()));
        }
    }

    GeneratedPosting next(String id) {
        int roleIndex = roleDeck.draw(rng);
        RoleModel role = market.roles.get(roleIndex);
        RoleDecks d = decks[roleIndex];
        int level = d.seniority.draw(rng);
        int mode = d.workMode.draw(rng);
        String country = role.countries().get(d.country.draw(rng));
        int employer = d.employer.draw(rng);
        boolean us = country.equals("US");
        int rank = us && d.disclosure != null && d.disclosure.draw(rng) ? d.rank.draw(rng) : -1;
        GeneratedPosting.Pay pay;
        if (rank >= 0) {
            pay = usPay(role.salary(), (rank + 0.5) / role.salary().n(), d.pinned.get(rank));
        } else if (us) {
            pay = rng.chance(US_OUT_OF_RANGE) ? outOfRangePay() : null;
        } else {
            pay = foreignPay(country);
        }
        return new GeneratedPosting(
                id,
                title(role, level, mode),
                role.name(),
                company(role, employer),
                location(country, mode),
                country,
                MODES[mode],
                LEVELS[level],
                pay,
                skills(role, d, rank),
                d.months.date(rank, rng));
    }

    private String title(RoleModel role, int level, int mode) {
        String base = role.titles().get(rng.front(role.titles().size()));
        String title = rng.pick(market.titleForms.get(level)).replace("{}", base);
        if (mode == REMOTE && rng.chance(0.12)) {
            return title + " (Remote)";
        }
        if (mode == HYBRID && rng.chance(0.08)) {
            return title + " - Hybrid";
        }
        return title;
    }

    private String company(RoleModel role, int employer) {
        if (employer == role.employers().size()) {
            return tailCompany();
        }
        String name = role.employers().get(employer);
        List<MarketModel.Weighted> variants = market.spellings.get(name);
        if (variants != null) {
            for (MarketModel.Weighted v : variants) {
                if (rng.chance(v.weight() / 100)) {
                    return v.name();
                }
            }
        }
        return name;
    }

    /** "First" + "second" + suffix, the index scrambled so that neighbouring names share no word. */
    private String tailCompany() {
        int a = market.companyFirst.size();
        int b = market.companySecond.size();
        int size = a * b * market.companySuffix.size();
        long index = (long) (size * StrictMath.pow(rng.nextDouble(), TAIL_SKEW));
        int j = (int) (index * 7919 % size);
        String second = market.companySecond.get(j / a % b);
        String suffix = market.companySuffix.get(j / (a * b));
        String name = market.companyFirst.get(j % a) + second;
        return suffix.startsWith(",") ? name + suffix : name + " " + suffix;
    }

    /**
     * A city of the country, or "Remote - label" for half the remote postings. Without a
     * country, remote postings say "Remote" and others a place no country can be read from;
     * a posting of unknown work mode never names one in its location.
     */
    private String location(String country, int mode) {
        if (country.isEmpty()) {
            return mode == REMOTE ? "Remote" : UNKNOWN_PLACE;
        }
        MarketModel.Place place = market.places.get(country);
        if (place == null) {
            throw new IllegalStateException("market.txt: no place for country " + country);
        }
        if (mode == REMOTE && rng.chance(0.5)) {
            return "Remote - " + place.label();
        }
        return place.locations().get(rng.front(place.locations().size()));
    }

    /**
     * Valid US pay whose annual midpoint is the salary at the quantile: mostly yearly ranges,
     * some hourly and monthly, a few single figures, a few with no currency or period stated.
     * Figures are rounded away from the role's median, so rounding never moves a salary across
     * it and the median stays exact. A pinned posting (the middle of a premium skill's postings)
     * states its figure exactly, as a yearly range around it.
     *
     * @param pinned the annual pay the posting states exactly, or null
     */
    private GeneratedPosting.Pay usPay(SalaryModel salary, double quantile, Double pinned) {
        double annual = pinned != null ? pinned : salary.annualAt(quantile);
        String currency = rng.chance(0.05) ? "" : "USD";
        if (pinned != null || salary.isAnchor(quantile)) {
            long mid = Math.round(annual);
            long half = 5_000L * (2 + rng.nextInt(4));
            return new GeneratedPosting.Pay(mid - half, mid + half, currency, "year");
        }
        boolean up = annual > salary.median();
        double form = rng.nextDouble();
        if (form < 0.08) {
            long rate = rounded(annual / 2080, 1, up);
            long half = rate >= 40 ? 5L * rng.nextInt(3) : 0;
            return new GeneratedPosting.Pay(rate - half, rate + half, currency, "hour");
        }
        if (form < 0.11) {
            long month = rounded(annual / 12, 100, up);
            long half = 500L * rng.nextInt(3);
            return new GeneratedPosting.Pay(month - half, month + half, currency, "month");
        }
        long mid = rounded(annual, 500, up);
        if (form < 0.15) {
            return new GeneratedPosting.Pay(mid, null, currency, "year");
        }
        long half = 5_000L * (1 + rng.nextInt(6));
        return new GeneratedPosting.Pay(mid - half, mid + half, currency, rng.chance(0.04) ? "" : "year");
    }

    private static long rounded(double figure, long unit, boolean up) {
        return (long) (up ? Math.ceil(figure / unit) : Math.floor(figure / unit)) * unit;
    }

    private GeneratedPosting.Pay outOfRangePay() {
        return switch (rng.nextInt(3)) {
            case 0 -> new GeneratedPosting.Pay(5_000, null, "USD", "year");
            case 1 -> new GeneratedPosting.Pay(45, 60L, "USD", "year");
            default -> new GeneratedPosting.Pay(1_500_000, 2_000_000L, "USD", "year");
        };
    }

    private GeneratedPosting.Pay foreignPay(String country) {
        MarketModel.ForeignPay local = market.foreignPay.get(country);
        if (local == null || !rng.chance(market.foreignPayShare)) {
            return null;
        }
        double figure = local.typical() * StrictMath.exp(0.25 * rng.gaussian());
        long unit = local.period().equals("month") ? 100 : 1_000;
        long min = Math.round(figure * 0.9 / unit) * unit;
        long max = Math.round(figure * 1.1 / unit) * unit;
        return new GeneratedPosting.Pay(min, max, local.currency(), local.period());
    }

    /** @param rank the posting's salary rank, or -1 when it has no valid US salary */
    private List<String> skills(RoleModel role, RoleDecks d, int rank) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < role.skills().size(); i++) {
            SkillModel skill = role.skills().get(i);
            boolean listed = rank < 0 ? d.unsalaried[i].draw(rng)
                    : skill.premium() ? d.premiumRanks[i].get(rank) : d.salaried[i].draw(rng);
            if (listed) {
                String alias = market.aliases.get(skill.name());
                out.add(alias != null && rng.chance(market.aliasShare) ? alias : skill.name());
            }
        }
        return out;
    }
}
