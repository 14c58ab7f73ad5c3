namespace ContentGen.Core.Diagnostics
{
    /// <summary>One kind of problem ContentGen reports, with its own ID; <see cref="DiagnosticKinds"/> lists them all.</summary>
    /// <param name="Id">The ID, <c>CG</c> and four digits.</param>
    /// <param name="Title">A short title.</param>
    /// <param name="MessageFormat">The message, with <c>{0}</c>… for its arguments.</param>
    /// <param name="Severity">How serious it is by default.</param>
    internal sealed record DiagnosticKind(string Id, string Title, string MessageFormat, DiagnosticLevel Severity);
}
