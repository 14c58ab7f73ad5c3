using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;

namespace ContentGen.Benchmarks.Startup
{
    /// <summary>
    /// A consumer app compiled in memory: its image, and the assemblies beside it that it needs (ContentGen.dll, or the
    /// DTO assembly). It runs either in the benchmark process, loaded cold into a new load context, or as a process.
    /// </summary>
    internal sealed class ConsumerImage
    {
        public ConsumerImage(string name, byte[] image, IReadOnlyList<string> dependencies)
        {
            Name = name;
            Image = image;
            Dependencies = dependencies;
        }

        public string Name { get; }

        public byte[] Image { get; }

        /// <summary>Paths of the assemblies the app needs next to it when it runs as a process.</summary>
        public IReadOnlyList<string> Dependencies { get; }

        /// <summary>
        /// Loads the image into a new load context, so none of its code is jitted and none of its static fields set,
        /// and calls <c>Bench.Toucher.TouchAll</c>. Its references (ContentGen.dll, the DTOs, System.Text.Json) resolve to
        /// the benchmark's own, already loaded copies.
        /// </summary>
        /// <remarks>
        /// The context is not collectible, so it is never unloaded and each call keeps its consumer in memory: code in
        /// a collectible context is not eligible for tiered compilation and is jitted fully optimized, which made
        /// ContentGen's per-article code about four times as slow to jit as in any real app.
        /// </remarks>
        public long TouchInNewLoadContext()
        {
            var context = new AssemblyLoadContext(Name, isCollectible: false);
            using var stream = new MemoryStream(Image, writable: false);
            Assembly assembly = context.LoadFromStream(stream);
            MethodInfo touchAll = assembly.GetType("Bench.Toucher", throwOnError: true)!.GetMethod("TouchAll")!;
            return (long)touchAll.Invoke(null, null)!;
        }

        /// <summary>Writes the app into <paramref name="folder"/> as <c>dotnet &lt;app&gt;.dll</c> runs it; returns the app's path.</summary>
        public string WriteApp(string folder)
        {
            Directory.CreateDirectory(folder);
            string app = Path.Combine(folder, Name + ".dll");
            File.WriteAllBytes(app, Image);
            File.WriteAllText(Path.Combine(folder, Name + ".runtimeconfig.json"), RuntimeConfig(), new UTF8Encoding(false));
            foreach (string dependency in Dependencies)
            {
                File.Copy(dependency, Path.Combine(folder, Path.GetFileName(dependency)), overwrite: true);
            }

            return app;
        }

        /// <summary>Runs the app written by <see cref="WriteApp"/> in a new process; returns what it prints.</summary>
        public static string RunApp(string app)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(app);
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{app} exited with {process.ExitCode}:\n{output}{error.Result}");
            }

            return output.Trim();
        }

        // The framework this benchmark runs on, so the app starts on the same runtime.
        private static string RuntimeConfig()
        {
            string version = Environment.Version.ToString(3);
            string tfm = "net" + Environment.Version.ToString(2);
            return "{ \"runtimeOptions\": { \"tfm\": \"" + tfm + "\", \"framework\": { \"name\": \"Microsoft.NETCore.App\", \"version\": \""
                + version + "\" } } }\n";
        }

        public override string ToString() => Name + " (" + (Image.Length / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB)";
    }
}
