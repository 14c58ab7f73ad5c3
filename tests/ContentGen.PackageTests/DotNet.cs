using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ContentGen.PackageTests
{
    /// <summary>The outcome of one dotnet CLI command.</summary>
    public sealed record CommandResult(string Command, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public override string ToString() => $"`{Command}` exited with {ExitCode}:\n{Output}";
    }

    /// <summary>Runs the dotnet CLI the way a user's shell would, isolated from the test host's MSBuild settings.</summary>
    public sealed class DotNet
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
        private readonly IReadOnlyDictionary<string, string?> _environment;

        /// <summary>Runs dotnet with <paramref name="environment"/> set over this process's (a null value removes the variable).</summary>
        public DotNet(IReadOnlyDictionary<string, string?> environment) => _environment = environment;

        /// <summary>The same, with <paramref name="changes"/> applied on top (a null value removes the variable).</summary>
        public DotNet With(IReadOnlyDictionary<string, string?> changes)
        {
            var environment = new Dictionary<string, string?>(_environment.Count + changes.Count);
            foreach (KeyValuePair<string, string?> variable in _environment)
            {
                environment[variable.Key] = variable.Value;
            }

            foreach (KeyValuePair<string, string?> change in changes)
            {
                environment[change.Key] = change.Value;
            }

            return new DotNet(environment);
        }

        public CommandResult Run(string workingDirectory, params string[] arguments) => Execute("dotnet", workingDirectory, arguments);

        /// <summary>Runs <paramref name="program"/> (an installed tool's command) with the same environment.</summary>
        public CommandResult Execute(string program, string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };

            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host runs inside an MSBuild-launched process; its MSBuild variables must not leak into the
            // user's build.
            foreach (string key in new List<string>(start.Environment.Keys))
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("MSBUILD", StringComparison.Ordinal)
                    || key is "VSTEST_HOST_DEBUG" or "DOTNET_HOST_PATH")
                {
                    start.Environment.Remove(key);
                }
            }

            foreach (KeyValuePair<string, string?> variable in _environment)
            {
                if (variable.Value is null)
                {
                    start.Environment.Remove(variable.Key);
                }
                else
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(" ", arguments)} did not finish in {Timeout}.\n{output}");
            }

            process.WaitForExit();
            return new CommandResult(program + " " + string.Join(" ", arguments), process.ExitCode, output.ToString());
        }
    }

    /// <summary>Small file helpers for consumer projects.</summary>
    public static class Files
    {
        public static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
    }
}
