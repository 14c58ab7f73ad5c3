using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentGen.Core.FrontMatter
{
    /// <summary>
    /// Reads the top-level mapping of a YAML block with YamlDotNet's event parser alone. Front matter comes from any
    /// file in a project, so nothing here resolves a tag (no type is ever named, let alone created) or expands an alias
    /// (a billion-laughs block costs what it weighs), and nesting is counted here, event by event, so a deep block is
    /// refused after 64 levels instead of being read to its end.
    /// </summary>
    /// <remarks>
    /// Measured with YamlDotNet 18.1.0: its parser does not recurse (20,000 and 100,000 nested <c>[</c> are read to
    /// the end on a 256 KiB stack), but its cost grows with the square of the flow nesting (20,000 <c>[</c> read to the
    /// end take 0.6 s, 20,000 <c>{a: </c> 2.5 s, 100,000 <c>[</c> 16 s). It is lazy, though: events come as they are
    /// pulled, and stopping at level 65 costs about 12 ms whatever follows, so no pre-scan of the block is needed.
    /// </remarks>
    internal sealed class TopLevelWalker
    {
        /// <summary>The deepest nesting read; the top-level mapping is level 1.</summary>
        public const int MaxDepth = 64;

        // Often enough to stop a large block promptly, rarely enough to cost nothing.
        private const int EventsPerCancellationCheck = 256;

        private readonly IParser _parser;
        private readonly int _length;
        private readonly Predicate<string> _keepsItems;
        private readonly CancellationToken _cancellationToken;
        private int _events;
        private Mark _lastEnd = Mark.Empty;
        private int _keyStart = -1;
        private int _keyEnd = -1;

        private TopLevelWalker(string block, Predicate<string> keepsItems, CancellationToken cancellationToken)
        {
            _parser = new Parser(new StringReader(block));
            _length = block.Length;
            _keepsItems = keepsItems;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Reads the top-level entries of <paramref name="block"/>, keeping the items of a list only under the keys
        /// <paramref name="keepsItems"/> accepts (a million-item list under another key holds no memory that way).
        /// Never throws but for cancellation.
        /// </summary>
        public static TopLevelReading Read(string block, Predicate<string> keepsItems, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var walker = new TopLevelWalker(block, keepsItems, cancellationToken);
            try
            {
                return walker.Walk();
            }
            catch (YamlException exception)
            {
                // Met at the end of the block, the error is something a value opened and never closed ("tags: [a, b"):
                // the key whose value it is, not the closing line, is where the author looks.
                int start = walker.At(exception.Start);
                return start >= walker._length && walker._keyStart >= 0
                    ? TopLevelReading.Failed(Reason(exception.Message), walker._keyStart, walker._keyEnd)
                    : TopLevelReading.Failed(Reason(exception.Message), start, walker.At(exception.End));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Not a YAML error but a defect, in YamlDotNet or here: 18.1.0 throws InvalidOperationException on a flow
                // list left open before a plain scalar that runs onto the next line ("tags: [a, b" then "slug: x").
                // The article must still build, so it is reported like unreadable YAML, where the reading stopped.
                int at = walker.At(walker._lastEnd);
                return TopLevelReading.Failed("the YAML reader stopped here: " + Reason(exception.Message), at, at);
            }
        }

        private TopLevelReading Walk()
        {
            ParsingEvent next = Next();
            if (next is not StreamStart)
            {
                return Unexpected(next);
            }

            next = Next();
            if (next is StreamEnd)
            {
                // Only blank lines and comments: a front matter that gives nothing.
                return TopLevelReading.Read(Array.Empty<TopLevelEntry>());
            }

            if (next is not DocumentStart)
            {
                return Unexpected(next);
            }

            ParsingEvent root = Next();
            if (root is not MappingStart)
            {
                return Fail("its top level is " + Describe(ShapeOf(root)) + ", not keys with values", root);
            }

            var entries = new List<TopLevelEntry>();
            while (true)
            {
                ParsingEvent key = Next();
                if (key is MappingEnd)
                {
                    break;
                }

                if (key is Scalar)
                {
                    _keyStart = At(key.Start);
                    _keyEnd = At(key.End);
                }

                // A key that is not a scalar ([a]: b, ? {a: b}, *alias) names nothing the article can use: it is read
                // past, with its value, and left out.
                TopLevelReading? failure = key is Scalar ? null : Skip(key, 1);
                if (failure is not null)
                {
                    return failure;
                }

                ParsingEvent value = Next();
                var entry = new TopLevelEntry((key as Scalar)?.Value, At(key.Start), At(key.End), ShapeOf(value), At(value.Start), At(value.End));
                failure = value switch
                {
                    Scalar scalar => Keep(entry, scalar),
                    SequenceStart => ReadItems(entry, entry.Key is not null && _keepsItems(entry.Key)),
                    _ => Skip(value, 1),
                };
                if (failure is not null)
                {
                    return failure;
                }

                if (entry.Key is not null)
                {
                    entries.Add(entry);
                }
            }

            next = Next();
            if (next is not DocumentEnd)
            {
                return Unexpected(next);
            }

            // A second document (a "--- x" line inside the block) is not front matter one can read halfway.
            next = Next();
            return next switch
            {
                StreamEnd => TopLevelReading.Read(entries),
                DocumentStart => Fail("it holds more than one YAML document", next),
                _ => Unexpected(next),
            };
        }

        private static TopLevelReading? Keep(TopLevelEntry entry, Scalar scalar)
        {
            entry.Value = scalar.Value;
            return null;
        }

        // The direct items of a top-level list (level 2): scalars are kept when asked, anything else is noted and read past.
        private TopLevelReading? ReadItems(TopLevelEntry entry, bool keep)
        {
            while (true)
            {
                ParsingEvent item = Next();
                if (item is SequenceEnd)
                {
                    return null;
                }

                if (item is Scalar scalar)
                {
                    if (keep)
                    {
                        entry.Items.Add(scalar.Value);
                    }

                    continue;
                }

                entry.OddItem ??= ShapeOf(item);
                TopLevelReading? failure = Skip(item, 2);
                if (failure is not null)
                {
                    return failure;
                }
            }
        }

        // Reads past a node whose parent is at level parentDepth, counting levels as it goes, with no recursion.
        private TopLevelReading? Skip(ParsingEvent node, int parentDepth)
        {
            if (node is not (MappingStart or SequenceStart))
            {
                return null;
            }

            int depth = parentDepth + 1;
            ParsingEvent current = node;
            while (true)
            {
                if (current is MappingStart or SequenceStart)
                {
                    if (depth > MaxDepth)
                    {
                        return Fail("it nests deeper than " + MaxDepth + " levels", current);
                    }
                }

                if (depth == parentDepth)
                {
                    return null;
                }

                current = Next();
                if (current is MappingStart or SequenceStart)
                {
                    depth++;
                }
                else if (current is MappingEnd or SequenceEnd)
                {
                    depth--;
                }
            }
        }

        private ParsingEvent Next()
        {
            while (true)
            {
                if (++_events % EventsPerCancellationCheck == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                if (!_parser.MoveNext() || _parser.Current is null)
                {
                    // The parser ends every stream with StreamEnd, after which this is never called.
                    throw new YamlException(_lastEnd, _lastEnd, "the YAML ends unexpectedly");
                }

                ParsingEvent current = _parser.Current;
                _lastEnd = current.End;
                if (current is not Comment)
                {
                    return current;
                }
            }
        }

        private TopLevelReading Fail(string reason, ParsingEvent at) => TopLevelReading.Failed(reason, At(at.Start), At(at.End));

        private TopLevelReading Unexpected(ParsingEvent at) => Fail("the YAML reader gave an unexpected " + at.GetType().Name, at);

        // A mark's character index, inside the block. YamlDotNet counts it in UTF-16 code units, as the file's offsets are.
        private int At(Mark mark) => (int)Math.Max(0, Math.Min(mark.Index, _length));

        private static NodeShape ShapeOf(ParsingEvent node) => node switch
        {
            SequenceStart => NodeShape.List,
            MappingStart => NodeShape.Mapping,
            AnchorAlias => NodeShape.Alias,
            _ => NodeShape.Scalar,
        };

        /// <summary>How a diagnostic names a shape: "a list", "a mapping", "an alias", "a single value".</summary>
        public static string Describe(NodeShape shape) => shape switch
        {
            NodeShape.List => "a list",
            NodeShape.Mapping => "a mapping",
            NodeShape.Alias => "an alias",
            _ => "a single value",
        };

        // YamlDotNet's messages are sentences ("While parsing a flow sequence, did not find expected ',' or ']'.");
        // the diagnostic puts the reason in parentheses mid-sentence.
        private static string Reason(string? message)
        {
            string reason = (message ?? string.Empty).Trim().TrimEnd('.');
            if (reason.Length == 0)
            {
                return "no reason given";
            }

            return reason.Length > 1 && char.IsUpper(reason[0]) && char.IsLower(reason[1])
                ? char.ToLowerInvariant(reason[0]) + reason.Substring(1)
                : reason;
        }
    }
}
