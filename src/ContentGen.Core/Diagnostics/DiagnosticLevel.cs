namespace ContentGen.Core.Diagnostics
{
    /// <summary>A diagnostic's default severity; the same three the compiler reports content problems with.</summary>
    internal enum DiagnosticLevel
    {
        /// <summary>Recovered from; shown, never failing a build.</summary>
        Info,

        /// <summary>Something was left out or renamed.</summary>
        Warning,

        /// <summary>Not used by content problems today; kept so the levels map one to one.</summary>
        Error,
    }
}
