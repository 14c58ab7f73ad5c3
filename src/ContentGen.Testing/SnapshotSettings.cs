using System;

namespace ContentGen.Testing
{
    /// <summary>Whether new output may overwrite verified snapshots, read from the environment.</summary>
    internal sealed class SnapshotSettings
    {
        /// <summary>Set to <c>1</c> to accept new output.</summary>
        internal const string AcceptVariable = "CONTENTGEN_ACCEPT";

        /// <summary>Any non-empty value means a CI run, where output is never accepted.</summary>
        internal const string CiVariable = "CI";

        internal SnapshotSettings(bool accept) => Accept = accept;

        /// <summary>Whether mismatching or missing verified files are overwritten (and stale ones deleted) instead of failing.</summary>
        internal bool Accept { get; }

        /// <summary>The settings of this process's environment.</summary>
        internal static SnapshotSettings FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

        /// <summary>The settings read through <paramref name="getVariable"/> (variable name to value or <see langword="null"/>).</summary>
        internal static SnapshotSettings FromEnvironment(Func<string, string?> getVariable) =>
            new(getVariable(AcceptVariable) == "1" && string.IsNullOrEmpty(getVariable(CiVariable)));
    }
}
