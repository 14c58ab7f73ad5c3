using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ContentGen.Benchmarks.Build
{
    /// <summary>Runs the dotnet CLI as a child process, as a user's shell would, and throws if the command fails.</summary>
    internal sealed class DotNetCli
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
        private readonly IReadOnlyDictionary<string, string> _environment;

        public DotNetCli(IReadOnlyDictionary<string, string> environment) => _environment = environment;

        public void Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
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

            // The builds get what a user's shell gives: no MSBuild variables leaked from the dotnet run that started
            // the benchmark, and the defaults for MSBuild node reuse, the MSBuild server and the compiler server, even
            // where the caller's environment (a CI job, say) turns them off.
            foreach (string key in new List<string>(start.Environment.Keys))
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                    || key is "DOTNET_HOST_PATH" or "DOTNET_CLI_USE_MSBUILD_SERVER" or "UseSharedCompilation")
                {
                    start.Environment.Remove(key);
                }
            }

            foreach (KeyValuePair<string, string> variable in _environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in {Timeout}.\n{output}");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {string.Join(" ", arguments)} exited with {process.ExitCode}:\n{output}");
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}
