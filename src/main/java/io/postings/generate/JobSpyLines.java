package io.postings.generate;

import java.util.List;

/**
 * Renders postings the way a JobSpy scrape exports them: its column names, pay as
 * {@code interval}/{@code min_amount}/{@code max_amount}, {@code is_remote} as Python's
 * True/False, LinkedIn-style {@code job_level}, and no skills column: the skills live only in
 * a multi-paragraph description, written as a recruiter would (with the ordinary-word traps
 * that make extraction hard), so the description path of the tool can be benchmarked.
 */
final class JobSpyLines {
    static final List<String> COLUMNS = List.of("id", "site", "job_url", "title", "company", "location", "date_posted",
            "job_type", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level", "description");
    static final String CSV_HEADER = String.join(",", COLUMNS) + "\n";

    private static final String[] SITES = {"linkedin", "indeed", "glassdoor", "zip_recruiter"};
    private static final String[] OPENERS = {
        "%s is hiring! We build software that millions of people rely on every day, and we are growing our team.",
        "At %s, we believe great products come from small teams with real ownership. Join us as we scale.",
        "%s is a fast-growing company backed by leading investors, with offices across three continents.",
        "Come build the future with %s. Our mission is to make complex systems simple, reliable and fast.",
    };
    private static final String[] SKILL_SENTENCES = {
        "You will design, build and operate services using %s.",
        "Hands-on experience with %s is required.",
        "Our stack includes %s, and you will help us evolve it.",
        "Strong knowledge of %s is a big plus.",
        "You have shipped production systems with %s.",
        "Familiarity with %s and a willingness to learn.",
    };
    private static final String[] FILLERS = {
        "You will partner with product, design and go-to-market teams to ship features our customers love.",
        "We value ownership, clear writing and a bias for action; let's go build something great together.",
        "Our R&D group works closely with customers, and C-suite stakeholders review the roadmap each quarter.",
        "The office is rust-proof and bike-friendly; spring and summer offsites are a team favourite.",
        "You will mentor engineers, review designs and help set the technical direction of the team.",
        "We offer competitive pay, equity, 401(k) matching, and generous parental leave.",
        "Express interest by applying below; a recruiter will reach out within a week.",
        "We are an equal opportunity employer and value diversity at our company.",
    };

    private JobSpyLines() {
    }

    static void csv(StringBuilder out, GeneratedPosting p, Rng rng) {
        GeneratedPosting.Pay pay = p.pay();
        out.append(p.id()).append(',');
        out.append(SITES[rng.nextInt(SITES.length)]).append(',');
        out.append("https://jobs.example.com/view/").append(p.id()).append(',');
        PostingLines.cell(out, p.title()).append(',');
        PostingLines.cell(out, p.company()).append(',');
        PostingLines.cell(out, p.location()).append(',');
        out.append(p.postedAt()).append(',');
        out.append("fulltime,");
        if (pay != null) {
            out.append(interval(pay.period())).append(',').append(pay.min()).append(',');
            if (pay.max() != null) {
                out.append(pay.max().longValue());
            }
            out.append(',').append(pay.currency().isEmpty() ? "USD" : pay.currency()).append(',');
        } else {
            out.append(",,,,");
        }
        out.append(switch (p.workMode()) {
            case "remote" -> "True";
            case "onsite", "hybrid" -> "False";
            default -> "";
        }).append(',');
        out.append(jobLevel(p.seniority())).append(',');
        PostingLines.cell(out, description(p, rng)).append('\n');
    }

    private static String interval(String period) {
        return switch (period) {
            case "hour" -> "hourly";
            case "month" -> "monthly";
            case "year" -> "yearly";
            default -> "";
        };
    }

    private static String jobLevel(String seniority) {
        return switch (seniority) {
            case "entry" -> "entry level";
            case "mid" -> "associate";
            case "senior" -> "mid-senior level";
            case "staff" -> "director";
            default -> "";
        };
    }

    /** About two to three kilobytes: an opener, the skills in sentences, fillers with traps, a closing. */
    static String description(GeneratedPosting p, Rng rng) {
        StringBuilder d = new StringBuilder(3072);
        d.append(String.format(java.util.Locale.ROOT, OPENERS[rng.nextInt(OPENERS.length)], p.company())).append("\n\n");
        d.append("About the role\n");
        d.append("We are looking for a ").append(p.title()).append(" to join our team");
        if ("hybrid".equals(p.workMode())) {
            d.append(" (hybrid, three days a week in the office)");
        }
        d.append(". ").append(FILLERS[rng.nextInt(FILLERS.length)]).append("\n\n");
        d.append("What you will do\n");
        List<String> skills = p.skills();
        for (int i = 0; i < skills.size(); i++) {
            d.append("- ").append(String.format(java.util.Locale.ROOT, SKILL_SENTENCES[rng.nextInt(SKILL_SENTENCES.length)],
                    skills.get(i))).append('\n');
        }
        d.append('\n');
        d.append("About us\n");
        for (int i = 0; i < 6; i++) {
            d.append(FILLERS[rng.nextInt(FILLERS.length)]).append(' ');
        }
        d.append("\n\nWhat we offer\n");
        for (int i = 0; i < 4; i++) {
            d.append("- ").append(FILLERS[rng.nextInt(FILLERS.length)]).append('\n');
        }
        d.append("\nJoin ").append(p.company()).append(" and help us build what comes next.");
        return d.toString();
    }
}
