namespace ContentGen.Tool
{
    /// <summary>
    /// The report page's style sheet, inline so the page is one file with no external asset. Fixed text: nothing from
    /// content is ever written into it (content reaches the screen through <c>attr()</c>, which reads a value as a
    /// string, never as CSS).
    /// </summary>
    internal static class ReportStyle
    {
        /// <summary>The contents of the page's <c>style</c> element.</summary>
        public const string Css = @"
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem 4rem 4.5rem; font: 16px/1.6 system-ui, -apple-system, ""Segoe UI"", Roboto, ""Noto Sans"", sans-serif; color: #1f2937; background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
code, .diagnostics li { font-family: ui-monospace, ""Cascadia Mono"", Consolas, ""Liberation Mono"", monospace; font-size: .85rem; }
.muted, .none { color: #6b7280; }
.overview { margin: 0 0 .5rem; }
.legend { font-size: .9rem; color: #374151; }
.key { padding: 0 .3rem; margin-right: .3rem; white-space: nowrap; }

/* Summary: one row per article, the counts an editor checks first; a count worth a look is red. */
table.summary { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; font-size: .9rem; }
table.summary th, table.summary td { border-bottom: 1px solid #e5e7eb; padding: .3rem .5rem; text-align: right; vertical-align: top; }
table.summary th:first-child { text-align: left; font-weight: normal; }
table.summary thead th { font-weight: 600; border-bottom: 2px solid #9ca3af; }
table.summary tfoot th, table.summary tfoot td { font-weight: 600; border-top: 2px solid #9ca3af; }
table.summary .flag { color: #b91c1c; font-weight: 600; }
table.summary .path { display: block; color: #6b7280; font-size: .8rem; }

/* One article. */
article.article { border-top: 3px solid #d1d5db; padding-top: 1rem; margin-top: 2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; font-size: .9rem; }
dl.facts dt { color: #6b7280; }
dl.facts dd { margin: 0; }
dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: 0; }
dl.metadata dd { margin: 0; }

/* The text: each section a block with its line in the file in the margin (generated content, not part of the text). */
[data-line] { position: relative; }
[data-line]::before { content: attr(data-line); position: absolute; left: -3.5rem; width: 3rem; text-align: right; color: #9ca3af; font: 12px/2 ui-monospace, monospace; }
.text p { margin: 0 0 .8rem; }
.text .lead { font-weight: 500; }
.text .byline { font-style: italic; text-align: right; }
.text figure { margin: 0 0 .8rem; padding: .3rem .75rem; border-left: 4px solid #d1d5db; background: #f9fafb; }
.text figcaption { font-style: italic; }
.text .image-url { margin: .2rem 0 0; font-size: .85rem; color: #6b7280; }

/* Marks. The quotation marks stay in the text, outside the q: the browser must not add its own. */
q::before, q::after { content: none; }
q, data { position: relative; unicode-bidi: isolate; padding: 0 1px; border-radius: 2px; }
q[data-kind=""speech""], .key-speech { background: #dbeafe; border-bottom: 2px solid #2563eb; }
q[data-kind=""speech""]:not([data-speaker]), .key-no-speaker { background: #fee2e2; border-bottom: 2px dashed #dc2626; }
q[data-kind=""term""], .key-term { background: #fef3c7; border-bottom: 2px dotted #b45309; }
data, .key-metric { background: #dcfce7; outline: 1px solid #16a34a; }
data:not([data-label]), .key-no-label { background: #fef9c3; outline: 1px dashed #dc2626; }
q:not([data-member]), data:not([data-member]), .key-no-member { text-decoration: underline wavy #6b7280; }

/* Hover: speaker or label, and member, read from the mark's own attributes; a quote's above, a metric's below, so a
   metric inside a quote shows its own. The title attribute says the same for the browser's tooltip and for
   assistive technology. */
q:hover::after, data:hover::after { position: absolute; left: 0; z-index: 2; white-space: nowrap; unicode-bidi: isolate; pointer-events: none; padding: 1px 6px; border-radius: 3px; background: #111827; color: #fff; font: 12px/1.5 ui-monospace, monospace; font-style: normal; font-weight: normal; text-decoration: none; }
q:hover::after { bottom: 100%; }
data:hover::after { top: 100%; }
q:has(data:hover):hover::after { display: none; }
q[data-kind]:hover::after { content: attr(data-speaker) "" · Quotes."" attr(data-member); }
q[data-kind]:not([data-member]):hover::after { content: attr(data-speaker) "" · no member""; }
q[data-kind=""speech""]:not([data-speaker]):hover::after { content: ""no speaker · Quotes."" attr(data-member); }
q[data-kind=""term""]:not([data-speaker]):hover::after { content: ""term · Quotes."" attr(data-member); }
q[data-kind=""speech""]:not([data-speaker]):not([data-member]):hover::after { content: ""no speaker · no member""; }
q[data-kind=""term""]:not([data-speaker]):not([data-member]):hover::after { content: ""term · no member""; }
data:hover::after { content: attr(data-label) "" · Metrics."" attr(data-member); }
data:not([data-label]):hover::after { content: ""no label · Metrics."" attr(data-member); }
data:not([data-member]):hover::after { content: attr(data-label) "" · no member""; }
data:not([data-label]):not([data-member]):hover::after { content: ""no label · no member""; }

/* Diagnostics, coloured by severity; what could not be marked. */
ul.diagnostics, ul.unmarked { padding-left: 1.25rem; margin: 0; }
.diagnostics li { margin: .15rem 0; }
.diagnostics .warning, .diagnostics .error { color: #b45309; }
.diagnostics .error { color: #b91c1c; }
.diagnostics .info { color: #1d4ed8; }
.diagnostics a { margin-right: .5rem; font-family: system-ui, sans-serif; }
section.no-article { border-top: 3px solid #d1d5db; padding-top: 1rem; margin-top: 2rem; }
";
    }
}
