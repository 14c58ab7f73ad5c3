using ContentGen.Core;

namespace ContentGen.Generator.Emitting
{
    /// <summary>One part's number, its article classes in id order, and the options; value-equatable.</summary>
    internal sealed record PartInput(int Part, EquatableArray<ArticleClass> Classes, EmitOptions Options);
}
