package io.postings.beam;

import io.postings.report.Parameters;
import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The pipeline's command line: the CLI's compare options, under Beam's --name=value syntax. */
public interface CompareOptions extends PipelineOptions {
    @Description("Inputs: files or globs, comma-separated (local paths, gs://, s3://, hdfs:// with that file system "
            + "on the classpath); CSV, JSON or JSON Lines, gzipped or not. Read in the order given, each glob's "
            + "matches in name order, as the CLI reads the files it is given.")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Directory to write compare.json and profiles.json into.")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("First role (case-insensitive).")
    @Validation.Required
    String getA();

    void setA(String value);

    @Description("Second role (case-insensitive).")
    @Validation.Required
    String getB();

    void setB(String value);

    @Description("Size of each role's top-skill set.")
    @Default.Integer(Parameters.DEFAULT_TOP)
    int getTop();

    void setTop(int value);

    @Description("Fewest salaries a skill needs to get a salary line.")
    @Default.Integer(Parameters.DEFAULT_MIN_N)
    int getMinN();

    void setMinN(int value);

    @Description("How many countries and employers to list.")
    @Default.Integer(Parameters.DEFAULT_TOP_K)
    int getTopK();

    void setTopK(int value);

    @Description("Fewest postings a role needs to count in the overlap ranking of all pairs.")
    @Default.Integer(Parameters.DEFAULT_MIN_POSTINGS)
    int getMinPostings();

    void setMinPostings(int value);

    @Description("Hours in a working year, to annualize hourly pay.")
    @Default.Integer(Parameters.DEFAULT_HOURS_PER_YEAR)
    int getHoursPerYear();

    void setHoursPerYear(int value);

    @Description("Count salaries the source marks as its own estimate.")
    @Default.Boolean(false)
    boolean getIncludeEstimated();

    void setIncludeEstimated(boolean value);

    @Description("Shards of the de-dup by id (each holds its share of the postings until every row is read); "
            + "0: 8 on the DirectRunner, 4096 elsewhere.")
    @Default.Integer(0)
    int getDedupShards();

    void setDedupShards(int value);

    @Description("Only postings posted on or after this day (YYYY-MM-DD, inclusive), as the CLI's --since.")
    String getSince();

    void setSince(String value);

    @Description("Only postings posted on or before this day (inclusive), as the CLI's --until.")
    String getUntil();

    void setUntil(String value);

    @Description("Only postings of the --days days ending on this day, as the CLI's --as-of.")
    String getAsOf();

    void setAsOf(String value);

    @Description("Length of the --asOf window in days (default 90).")
    Integer getDays();

    void setDays(Integer value);

    @Description("Only postings in these countries (ISO codes or names), comma-separated.")
    List<String> getCountry();

    void setCountry(List<String> value);

    @Description("Only postings at these levels (entry, mid, senior, staff), comma-separated.")
    List<String> getSeniority();

    void setSeniority(List<String> value);

    @Description("Only postings with these work modes (remote, hybrid, onsite), comma-separated.")
    List<String> getWorkMode();

    void setWorkMode(List<String> value);

    @Description("Only postings of these companies (case and spacing aside), comma-separated.")
    List<String> getCompany();

    void setCompany(List<String> value);

    @Description("Take fields from named columns: FIELD=COLUMN, comma-separated (the CLI's --map).")
    List<String> getMap();

    void setMap(List<String> value);

    @Description("The CSV quote character, or none for exports that never quote (the CLI's --quote). Default: the "
            + "double quote, unless the first rows show the file never quotes.")
    String getQuote();

    void setQuote(String value);

    @Description("The role taxonomy: FILE replaces the built-in one, +FILE extends it (the CLI's --roles). The file is "
            + "read where the job is submitted and its entries travel with the job: workers need no copy.")
    String getRoles();

    void setRoles(String value);

    @Description("The skill taxonomy: FILE replaces the built-in one, +FILE extends it (the CLI's --skills); read "
            + "where the job is submitted, as --roles.")
    String getSkills();

    void setSkills(String value);

    @Description("Fail the run at a damaged row (a rejected row, invalid UTF-8, a field that cannot be read), as the "
            + "CLI's --strict; the error names the file, the line and the problem. With several damaged rows, the one "
            + "named is the one a worker met first, not necessarily the first in input order.")
    @Default.Boolean(false)
    boolean getStrict();

    void setStrict(boolean value);

    @Description("How postings are recognised as the same (the CLI's --dedupe): id (the same input id; the first "
            + "read wins) or content (also the same company, title, location and description, case and spacing aside).")
    @Default.String("id")
    String getDedupe();

    void setDedupe(String value);

    @Description("A (posting id, skill) table joined to the postings, as the CLI's --skills-file (Kaggle's job_skills.csv): "
            + "read where the job is submitted (a local path there) and shipped inside the job, so its size adds to the "
            + "job's.")
    String getSkillsFile();

    void setSkillsFile(String value);

    @Description("The fields the --skillsFile table is joined by, comma-separated (the CLI's --join; default: the posting id).")
    String getJoin();

    void setJoin(String value);

    @Description("Also write rejects.csv into --output: every row a reader rejected (file,line,reason,raw), in input "
            + "order, as the CLI's --rejects. The rows are held by the worker that writes the reports, so this is "
            + "for the rejects of a sound dump, not a dump that is mostly rejected.")
    @Default.Boolean(false)
    boolean getRejects();

    void setRejects(boolean value);
}
