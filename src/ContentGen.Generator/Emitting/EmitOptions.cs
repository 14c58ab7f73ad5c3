namespace ContentGen.Generator.Emitting
{
    /// <summary>What the emitters need to know about the compilation; value-equatable.</summary>
    /// <param name="Namespace">Namespace of the generated code.</param>
    /// <param name="NullableAnnotations">Whether the consumer's C# version allows <c>#nullable</c> and <c>?</c> on reference types.</param>
    /// <param name="Utf8Literals">
    /// Whether the consumer can decode a <c>u8</c> literal (C# 11 and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>):
    /// the article table is then emitted as UTF-8 data, which does not count against the 16 MB limit on string literals.
    /// </param>
    internal sealed record EmitOptions(string Namespace, bool NullableAnnotations, bool Utf8Literals = false);
}
