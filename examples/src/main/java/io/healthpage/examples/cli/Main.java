package io.healthpage.examples.cli;

import io.healthpage.json.ArticleFormatException;
import io.healthpage.problem.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code healthpage} command-line tool: renders, checks and publishes the example article (or
 * your own) in every language translators supplied. See {@code docs/cli.md}.
 *
 * <p>Entry points: {@link #main(String[])} for the shell (exits the JVM), {@link #run(String[],
 * InputStream, PrintStream, PrintStream)} for tests and embedding (returns the exit code, never exits).
 *
 * <p>Exit codes: {@value #OK} success, {@value #CONTENT_ERRORS} the content has errors (findings of
 * error severity), {@value #USAGE} usage or I/O problems (including an article file that cannot be
 * read as an article). Errors are printed as a few lines saying what and where; a stack trace only
 * with {@code --verbose}.
 *
 * <p>An instance holds the streams of one run: not thread-safe, use one per run.
 */
@Command(name = "healthpage",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Accessible, multi-language health articles: render, check and publish them.",
        footer = {"", "Exit codes: 0 success, 1 the content has errors, 2 usage or I/O problems.",
                "With no --article, commands use the built-in example article '" + ArticleOptions.DEFAULT_ID + "'."})
public final class Main implements Callable<Integer> {
    /** Success. */
    public static final int OK = 0;
    /** The content has errors: checker findings of error severity, bundle errors. */
    public static final int CONTENT_ERRORS = 1;
    /** Usage or I/O problems, or input that cannot be read at all. */
    public static final int USAGE = 2;

    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    /** Whether progress may be shown (stderr is a terminal). */
    final boolean interactive;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors (for bug reports).")
    boolean verbose;

    /** A tool that uses {@code System.in}, {@code System.out} and {@code System.err} (UTF-8). */
    public Main() {
        this(System.in, utf8(new FileOutputStream(FileDescriptor.out)), utf8(new FileOutputStream(FileDescriptor.err)),
                System.console() != null);
    }

    Main(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.interactive = interactive;
    }

    /** Runs the tool and exits the JVM with its exit code. */
    public static void main(String[] args) {
        Main main = new Main();
        int code = execute(main, args);
        System.exit(code);
    }

    /**
     * Runs the tool with the given streams (stdout and stderr as UTF-8) and returns the exit code; never
     * calls {@link System#exit}. Progress is never shown.
     *
     * @param args the command line, e.g. {@code "render", "--locale", "es"}
     * @param in what {@code sanitize} reads
     * @param out where results go
     * @param err where errors, notes and warnings go
     * @return {@value #OK}, {@value #CONTENT_ERRORS} or {@value #USAGE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return execute(new Main(in, out, err, false), args);
    }

    /** Same as {@link #run(String[], InputStream, PrintStream, PrintStream)} with an empty stdin. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /** The subcommands, in the order {@code --help} lists them. */
    static final List<String> COMMANDS = List.of("render", "site", "check", "bundle", "sanitize", "serve");

    /**
     * The configured picocli command line for {@code main} and {@code args}: streams, exception handlers,
     * case-insensitive enums, and the subcommands. picocli builds the model of every command it is given,
     * reflectively, before it parses anything; so when {@code args} name a subcommand, only that one is
     * registered, and none for {@code --version} (a start-up cost: docs/performance.md, "CLI start").
     * Otherwise (help, a usage error, a misspelt command) every subcommand is, so that help and
     * suggestions list them all.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cl = new CommandLine(main);
        for (String name : subcommandsFor(args)) cl.addSubcommand(name, newCommand(name));
        // after the subcommands: picocli applies these settings to the commands registered at the time
        cl.setOut(new PrintWriter(new OutputStreamWriter(main.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(main.err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::onUsageError);
        cl.setExecutionExceptionHandler((e, line, parse) -> onFailure(main, e, line, parse));
        return cl;
    }

    /**
     * The subcommands to register for {@code args}: the one they name (the first argument that is not an
     * option), none for a bare {@code --version}, else all.
     */
    private static List<String> subcommandsFor(String[] args) {
        boolean versionOnly = args.length > 0;
        for (String a : args) {
            if (a.startsWith("-")) { // a top-level option: --verbose, --help, --version take no value
                versionOnly &= a.equals("--version") || a.equals("-V") || a.equals("--verbose");
                continue;
            }
            return COMMANDS.contains(a) ? List.of(a) : COMMANDS;
        }
        return versionOnly ? List.of() : COMMANDS;
    }

    /** A new instance of subcommand {@code name} (a switch: no reflection, no lambda to link at start). */
    private static Object newCommand(String name) {
        switch (name) {
            case "render": return new RenderCommand();
            case "site": return new SiteCommand();
            case "check": return new CheckCommand();
            case "bundle": return new BundleCommand();
            case "sanitize": return new SanitizeCommand();
            case "serve": return new ServeCommand();
            default: throw new IllegalArgumentException("no command " + name);
        }
    }

    private static int execute(Main main, String[] args) {
        CommandLine cl = commandLine(main, args);
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
            main.out.flush();
            main.err.flush();
        }
    }

    /** Without a subcommand: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to do: one of " + String.join(", ", spec.subcommands().keySet()));
    }

    private static int onUsageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return USAGE;
    }

    private static int onFailure(Main main, Exception e, CommandLine line, ParseResult parse) {
        PrintStream err = main.err;
        String name = line.getCommandSpec().qualifiedName();
        int code = USAGE;
        if (e instanceof CliException c) {
            err.println(name + ": " + c.getMessage());
            code = c.exitCode();
        } else if (e instanceof ArticleFormatException a) {
            err.println(name + ": the article cannot be read (" + a.problems().size()
                    + (a.truncated() ? "+" : "") + " problem" + (a.problems().size() == 1 ? "" : "s") + "):");
            for (Problem p : a.problems()) err.println("  " + p.toShortString());
        } else if (e instanceof UncheckedIOException u) {
            // a message of its own says more ("cannot listen on ...; choose another port"); a bare wrapper does not
            boolean wrapper = u.getMessage() == null || u.getMessage().equals(String.valueOf(u.getCause()));
            err.println(name + ": " + (wrapper ? describe(u.getCause()) : u.getMessage()));
        } else if (e instanceof IOException io) {
            err.println(name + ": " + describe(io));
        } else {
            err.println(name + ": unexpected error: " + e + (verbose(parse) ? "" : " (run with --verbose for details)"));
        }
        if (verbose(parse)) e.printStackTrace(err);
        err.flush();
        return code;
    }

    /** An I/O error as "what: where", without Java class names where a plain sentence says it. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file or folder";
        if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + ": already exists (and is in the way)";
        if (e instanceof NotDirectoryException n) return n.getFile() + ": not a folder";
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static boolean verbose(ParseResult parse) {
        for (ParseResult p = parse; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    private static PrintStream utf8(FileOutputStream fd) {
        return new PrintStream(fd, true, StandardCharsets.UTF_8);
    }

    /** The version from the build ({@code version.properties}, filtered by Maven). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"healthpage " + version(), "Java " + System.getProperty("java.version")};
        }

        static String version() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) return "(unknown: version.properties is missing from the classpath)";
                p.load(in);
            }
            return p.getProperty("version", "(unknown)");
        }
    }
}
