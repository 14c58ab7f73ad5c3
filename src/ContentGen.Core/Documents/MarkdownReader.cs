using System;
using System.Collections.Generic;
using System.Threading;
using ContentGen.Core.FrontMatter;
using ContentGen.Core.Model;
using ContentGen.Core.Parsing;
using ContentGen.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentGen.Core.Documents
{
    /// <summary>
    /// Reads a Markdown article: YAML front matter, then CommonMark. Headings, paragraphs, block quotes and list items
    /// become blocks whose text is the words without markup (<c>**5%**</c> is <c>5%</c>, a link its text), each piece
    /// mapped back to where it stands in the file, so lines and diagnostics point into the <c>.md</c>. A paragraph that
    /// is only an image is a caption (its alt text). Code blocks, HTML blocks and thematic breaks are not article text.
    /// </summary>
    internal static class MarkdownReader
    {
        // CommonMark only: no extension reads what a news article would not mean as markup. Source positions are exact,
        // and nesting stops at Markdig's depth limit, so neither its parser nor the walk below can run out of stack.
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = MaximumNesting }.UsePreciseSourceLocation().Build();

        /// <summary>How deep Markdown may nest (block quotes, lists, links, emphasis) before the file is read as plain text.</summary>
        public const int MaximumNesting = 128;

        /// <summary>The document of <paramref name="text"/>.</summary>
        public static ArticleDocument Read(string text, CancellationToken cancellationToken = default)
        {
            var map = new LineMap(text);
            FrontMatterReading front = FrontMatterReader.Read(text, map, cancellationToken);
            MarkdownDocument markdown;
            try
            {
                markdown = Markdown.Parse(text.Substring(front.BodyStart), Pipeline);
            }
            catch (ArgumentException tooDeep)
            {
                // Markdig refuses markup nested past its depth limit (a hostile or broken file): the words are still
                // the article's, read as plain text, with the front matter kept.
                return AsPlainText(text, front, map, tooDeep.Message);
            }

            var reader = new Walker(text, front.BodyStart, map);
            reader.Blocks(markdown);

            List<(DocumentBlock Block, bool Heading)> blocks = reader.Found;
            Paragraph? title = null;
            string? frontTitle = front.FrontMatter?.Title;
            if (blocks.Count > 0 && blocks[0].Heading)
            {
                // The first heading is the title; a front matter title overrides its words.
                title = frontTitle is null ? blocks[0].Block.Paragraph : TitleFromFrontMatter(frontTitle, map, blocks[0].Block.Paragraph.Line);
                blocks.RemoveAt(0);
            }
            else if (frontTitle is not null)
            {
                title = TitleFromFrontMatter(frontTitle, map, 1);
            }
            else if (blocks.Count > 0)
            {
                // As in plain text: the first non-empty line is the title, and the rest of its block a paragraph.
                (title, Paragraph? rest) = blocks[0].Block.Paragraph.SplitFirstLine();
                if (rest is null)
                {
                    blocks.RemoveAt(0);
                }
                else
                {
                    blocks[0] = (new DocumentBlock(rest), false);
                }
            }

            var body = new DocumentBlock[blocks.Count];
            for (int i = 0; i < body.Length; i++)
            {
                body[i] = blocks[i].Block;
            }

            return new ArticleDocument(text, title, body, front.FrontMatter, front.Issues);
        }

        private static ArticleDocument AsPlainText(string text, FrontMatterReading front, LineMap map, string reason)
        {
            // Blanking the front matter keeps every offset and line of the body where it is in the file.
            var masked = new System.Text.StringBuilder(text);
            for (int i = 0; i < front.BodyStart; i++)
            {
                if (!LineMap.IsBreak(masked[i]))
                {
                    masked[i] = ' ';
                }
            }

            ArticleDocument plain = PlainTextReader.Read(masked.ToString());
            var issues = new List<ParseIssue>(front.Issues)
            {
                new(ParseIssueKind.MarkdownTooDeep, map.Span(front.BodyStart, front.BodyStart), reason.TrimEnd('.')),
            };
            Paragraph? title = front.FrontMatter?.Title is { } frontTitle && plain.Title is not null
                ? TitleFromFrontMatter(frontTitle, map, plain.Title.Line)
                : plain.Title;
            return new ArticleDocument(text, title, plain.Blocks, front.FrontMatter, issues);
        }

        // The front matter's title stands nowhere in the body; it is placed at the line the body's title would have.
        private static Paragraph TitleFromFrontMatter(string title, LineMap map, int line) =>
            Paragraph.FromLines(new[] { new SourceLine(TextRules.TrimSpace(title), line, map.StartOf(line - 1), 0) });

        private sealed class Walker
        {
            private readonly string _text;
            private readonly int _offset;
            private readonly LineMap _map;

            public Walker(string text, int offset, LineMap map)
            {
                _text = text;
                _offset = offset;
                _map = map;
            }

            public List<(DocumentBlock Block, bool Heading)> Found { get; } = new();

            public void Blocks(ContainerBlock container)
            {
                foreach (Block block in container)
                {
                    switch (block)
                    {
                        case HeadingBlock heading:
                            Add(heading.Inline, SectionKindModel.Heading, null, heading: true);
                            break;
                        case ParagraphBlock paragraph when Image(paragraph.Inline) is { } image:
                            Add(image, SectionKindModel.Caption, image.Url, heading: false);
                            break;
                        case ParagraphBlock paragraph:
                            Add(paragraph.Inline, null, null, heading: false);
                            break;
                        case QuoteBlock or ListBlock or ListItemBlock:
                            Blocks((ContainerBlock)block);
                            break;
                    }
                }
            }

            private void Add(ContainerInline? inline, SectionKindModel? kind, string? imageUrl, bool heading)
            {
                if (inline is null)
                {
                    return;
                }

                var pieces = new Pieces(_offset, _map);
                pieces.Read(inline);
                if (pieces.ToParagraph() is { } paragraph)
                {
                    Found.Add((new DocumentBlock(paragraph, kind, imageUrl), heading));
                }
            }

            // The one image a paragraph holds and nothing else (white space aside), or null.
            private static LinkInline? Image(ContainerInline? inline)
            {
                LinkInline? image = null;
                for (Inline? child = inline?.FirstChild; child is not null; child = child.NextSibling)
                {
                    switch (child)
                    {
                        case LinkInline { IsImage: true } link when image is null:
                            image = link;
                            break;
                        case LineBreakInline:
                            break;
                        case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                            break;
                        default:
                            return null;
                    }
                }

                return image;
            }
        }

        // The text of some inlines without their markup, as pieces of the file.
        private sealed class Pieces
        {
            private readonly int _offset;
            private readonly LineMap _map;
            private readonly List<SourceLine> _pieces = new();
            private readonly List<bool> _spaceBefore = new();
            private bool _pendingSpace;

            public Pieces(int offset, LineMap map)
            {
                _offset = offset;
                _map = map;
            }

            public void Read(ContainerInline container)
            {
                for (Inline? inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
                {
                    switch (inline)
                    {
                        case LiteralInline literal:
                            Add(literal.Content.ToString(), literal.Span.Start);
                            break;
                        case CodeInline code:
                            Add(code.Content, code.Span.Start + code.DelimiterCount);
                            break;
                        case HtmlEntityInline entity:
                            Add(entity.Transcoded.ToString(), entity.Span.Start);
                            break;
                        case AutolinkInline autolink:
                            Add(autolink.Url, autolink.Span.Start + 1);
                            break;
                        case LineBreakInline:
                            _pendingSpace = true;
                            break;
                        case ContainerInline children:
                            Read(children);
                            break;
                    }
                }
            }

            private void Add(string text, int start)
            {
                if (text.Length == 0)
                {
                    return;
                }

                _pieces.Add(_map.Piece(text, _offset + start));
                _spaceBefore.Add(_pendingSpace);
                _pendingSpace = false;
            }

            // The paragraph of the pieces, trimmed as a plain-text paragraph is; null when there are no words.
            public Paragraph? ToParagraph()
            {
                while (_pieces.Count > 0 && TextRules.IsBlank(_pieces[0].Text))
                {
                    _pieces.RemoveAt(0);
                    _spaceBefore.RemoveAt(0);
                }

                while (_pieces.Count > 0 && TextRules.IsBlank(_pieces[_pieces.Count - 1].Text))
                {
                    _pieces.RemoveAt(_pieces.Count - 1);
                    _spaceBefore.RemoveAt(_spaceBefore.Count - 1);
                }

                if (_pieces.Count == 0)
                {
                    return null;
                }

                SourceLine first = _pieces[0];
                int lead = 0;
                while (lead < first.Text.Length && TextRules.IsSpace(first.Text[lead]))
                {
                    lead++;
                }

                _pieces[0] = new SourceLine(first.Text.Substring(lead), first.Number, first.Offset + lead, first.Column + lead);
                SourceLine last = _pieces[_pieces.Count - 1];
                int end = last.Text.Length;
                while (end > 0 && TextRules.IsSpace(last.Text[end - 1]))
                {
                    end--;
                }

                _pieces[_pieces.Count - 1] = last with { Text = last.Text.Substring(0, end) };
                return Paragraph.FromPieces(_pieces, _spaceBefore);
            }
        }
    }
}
