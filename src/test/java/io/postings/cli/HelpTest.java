package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** Every command explains itself with examples, and the shell completion script covers them all. */
class HelpTest {

    @Test
    void everyCommandHasHelpWithExamples() {
        CommandLine cli = Main.commandLine();
        assertThat(cli.getSubcommands().keySet()).contains("compare", "report", "check", "matrix", "skills", "roles",
                "generate", "generate-completion");
        for (String name : cli.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            Cli.Result r = run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: postings " + name).contains("Examples:").contains("  postings ");
        }
        for (String name : new String[] {"report", "check", "matrix", "skills", "generate-completion"}) {
            // picocli wraps option descriptions, not hand-broken lines; a stray % would be printed raw.
            assertThat(run(name, "--help").out().lines()).as(name).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
        assertThat(run("check", "--help").out()).contains("(0.01 = 1%)").contains("+-0.5%\n");
        Cli.Result top = run("--help");
        assertThat(top.out()).contains("report").contains("check").contains("matrix").contains("skills")
                .contains("generate-completion").contains("1 check found drift");
    }

    @Test
    void aCommandBuiltAloneParsesAndHelpsAsAmongAllTheOthers() {
        CommandLine all = Main.commandLine();
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = Main.commandLine("--verbose", name, "--help");
            if (name.equals("help") || name.equals("generate-completion")) {
                assertThat(alone.getSubcommands()).as(name).hasSize(all.getSubcommands().size());
                continue;
            }
            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(run(name, "--help").out()).as(name).isEqualTo(Cli.runWithAll(name, "--help").out());
        }
        // A mistyped or missing command gets them all, so the error can list them.
        assertThat(Main.commandLine("comapre").getSubcommands()).hasSize(all.getSubcommands().size());
        assertThat(Main.commandLine("--help").getSubcommands()).hasSize(all.getSubcommands().size());
        assertThat(Main.commandLine().getSubcommands().keySet()).startsWith("compare", "report", "check");
    }

    @Test
    void helpListsACommandsOwnOptionsFirstThenInputOutputAndHelp() {
        // The shared options are declared once (ReadingCommand, PrintingCommand) yet listed after a
        // command's own: their order groups (HelpOptions) put them there.
        for (String name : new String[] {"compare", "matrix", "skills", "trend", "profile", "profiles", "inspect", "roles"}) {
            String help = run(name, "--help").out();
            String own = switch (name) {
                case "compare" -> "      --a=ROLE";
                case "roles" -> "  -v, --aliases";
                case "profiles", "inspect" -> "      --top=N";
                default -> "      --role=ROLE";
            };
            assertThat(help).as(name).containsSubsequence("\n" + own, "\n      --map=", "\n      --strict",
                    "\n      --since=", "\n      --company=", "\n  -f, --format=", "\n  -o, --out=", "\n  -h, --help",
                    "\n  -V, --version", "\n      --verbose");
        }
        assertThat(run("report", "--help").out()).containsSubsequence("--timestamp", "--map=", "--company=", "-h, --help", "--verbose");
        assertThat(run("check", "--help").out()).containsSubsequence("--allow-outside", "-f, --format=", "-o, --out=",
                "-h, --help", "--verbose");
    }

    @Test
    void everyCommandTellsItsVersion() {
        for (String name : new String[] {"compare", "report", "check", "generate", "inspect"}) {
            Cli.Result r = run(name, "-V");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("postings ");
        }
        assertThat(run("--version").out()).startsWith("postings ");
    }

    @Test
    void completionScriptKnowsTheCommandsAndTheirOptions() {
        Cli.Result r = run("generate-completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F _complete_postings").contains("report").contains("check")
                .contains("--min-postings").contains("--tolerance");
    }
}
