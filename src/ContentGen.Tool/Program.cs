using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace ContentGen.Tool
{
    /// <summary>
    /// <c>contentgen</c>: check, show, export and report content without building, by the rules the generator uses
    /// (one core, so the two can never disagree). Arguments and help by System.CommandLine; exit codes as documented
    /// in the README: 0 success, 1 what the command reports (a warning, an unreadable file, an error), 2 bad usage.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            bool colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            return Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), colour);
        }

        /// <summary>Runs the command line <paramref name="args"/>; what <c>Main</c> does, with its streams and folder given.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, bool colour = false)
        {
            var commands = new Commands(output, error, workingDirectory, colour);
            RootCommand root = Build(commands);
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // A command that is not known is the one thing to say; that no known command was given follows from it.
                bool unknown = parsed.Errors.Any(static e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal));
                foreach (System.CommandLine.Parsing.ParseError parseError in parsed.Errors)
                {
                    if (!(unknown && parsed.CommandResult.Command == root && !parseError.Message.StartsWith("Unrecognized", StringComparison.Ordinal)))
                    {
                        error.WriteLine("contentgen: " + parseError.Message);
                    }
                }

                error.WriteLine("Run 'contentgen --help' for usage.");
                return Commands.BadUsage;
            }

            try
            {
                return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A defect, not a content problem: one line, no stack trace.
                error.WriteLine($"contentgen: unexpected error ({exception.GetType().Name}: {exception.Message})");
                return Commands.Failed;
            }
        }

        private static RootCommand Build(Commands commands)
        {
            var root = new RootCommand("Check, inspect, export and review ContentGen content without building.");

            var checkPaths = Paths();
            var check = new Command("check", "Print every diagnostic the build would report, in the compiler's format. Exit 0: none; 1: a warning or an error; 2: bad usage.") { checkPaths };
            check.SetAction(result => commands.Check(result.GetValue(checkPaths) ?? Array.Empty<string>()));
            root.Add(check);

            var showFile = new Argument<string>("file") { Description = "The article file (.txt or .md)." };
            showFile.Validators.Add(static result => RejectOptions(result));
            var show = new Command("show", "Print an outline of one article: title, outlet, dateline, sections, and each quote and metric with the member name the generator gives it. Exit 1: the file cannot be read.") { showFile };
            show.SetAction(result => commands.Show(result.GetValue(showFile)!));
            root.Add(show);

            var exportPaths = Paths();
            var exportOutput = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of the standard output." };
            var export = new Command("export", "Write the articles as a JSON array: camelCase names, enums as strings, the values of the generated records (schema: docs/export.schema.json). Exit 1: any error.") { exportPaths, exportOutput };
            export.SetAction(result => commands.Export(result.GetValue(exportPaths) ?? Array.Empty<string>(), result.GetValue(exportOutput)));
            root.Add(export);

            var reportPaths = Paths();
            var reportOutput = new Option<string>("--output", "-o") { Description = "The page to write.", DefaultValueFactory = static _ => "contentgen-report.html" };
            var report = new Command("report", "Write one self-contained HTML page: each article's text with every quote and metric marked, its diagnostics, and a summary across articles. Exit 1: any error.") { reportPaths, reportOutput };
            report.SetAction(result => commands.Report(result.GetValue(reportPaths) ?? Array.Empty<string>(), result.GetValue(reportOutput)!));
            root.Add(report);

            return root;
        }

        private static Argument<string[]> Paths()
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "Article files or folders (searched at any depth for *.txt and *.md), relative to the working folder. Default: content.",
                Arity = ArgumentArity.ZeroOrMore,
            };
            paths.Validators.Add(static result => RejectOptions(result));
            return paths;
        }

        // A path argument takes any token, so a mistyped option (--ouput) would be read as a path that does not exist:
        // it is bad usage instead. A file whose name starts with '-' is given as ./-name.
        private static void RejectOptions(System.CommandLine.Parsing.ArgumentResult result)
        {
            foreach (System.CommandLine.Parsing.Token token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        }
    }
}
