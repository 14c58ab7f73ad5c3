using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using ContentGen.Core.Parsing;
using Xunit;

namespace ContentGen.Generator.Tests.Parsing
{
    public class LexiconTests
    {
        private static readonly Lexicon Lexicon = Lexicon.Default;

        public static IEnumerable<object[]> ListNames() => Lexicon.Default.Names.Select(name => new object[] { name });

        [Fact]
        public void Every_list_a_rule_asks_for_is_in_the_file()
        {
            string[] asked = typeof(LexiconLists).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral)
                .Select(field => (string)field.GetRawConstantValue()!)
                .ToArray();

            Assert.NotEmpty(asked);
            Assert.Empty(asked.Except(Lexicon.Names));
            Assert.Empty(Lexicon.Names.Except(asked));
        }

        [Theory]
        [MemberData(nameof(ListNames))]
        public void Every_entry_is_nfc_single_spaced_and_trimmed(string list)
        {
            IReadOnlyList<string> entries = Lexicon[list];

            Assert.NotEmpty(entries);
            Assert.All(entries, entry =>
            {
                Assert.True(entry.IsNormalized(NormalizationForm.FormC), $"'{entry}' in [{list}] is not NFC");
                Assert.Equal(entry.Trim(), entry);
                Assert.DoesNotContain("  ", entry, StringComparison.Ordinal);
                Assert.DoesNotContain('\u00A0', entry);
                Assert.NotEmpty(entry);
            });
        }

        [Theory]
        [MemberData(nameof(ListNames))]
        public void No_list_repeats_an_entry(string list)
        {
            StringComparer comparer = Comparer(list, list);
            string[] repeated = Lexicon[list].GroupBy(entry => entry, comparer).Where(group => group.Count() > 1).Select(group => group.Key).ToArray();

            Assert.Empty(repeated);
        }

        [Fact]
        public void Every_overlap_between_two_lists_is_declared_and_every_declared_overlap_is_real()
        {
            string[] names = Lexicon.Names.ToArray();
            var actual = new List<string>();
            for (int a = 0; a < names.Length; a++)
            {
                for (int b = a + 1; b < names.Length; b++)
                {
                    var second = new HashSet<string>(Lexicon[names[b]], Comparer(names[a], names[b]));
                    foreach (string entry in Lexicon[names[a]].Where(second.Contains))
                    {
                        actual.Add($"{names[a]} & {names[b]}: {entry}");
                    }
                }
            }

            string[] declared = Lexicon.Overlaps
                .SelectMany(overlap => overlap.Entries.Select(entry => $"{overlap.First} & {overlap.Second}: {entry}"))
                .ToArray();

            Assert.Empty(actual.Except(declared));
            Assert.Empty(declared.Except(actual));
        }

        [Fact]
        public void Lists_with_exact_case_hold_names_units_and_acronyms()
        {
            Assert.True(Lexicon.IsExactCase(LexiconLists.Surnames));
            Assert.True(Lexicon.IsExactCase(LexiconLists.MeasureUnits));
            Assert.False(Lexicon.IsExactCase(LexiconLists.SpeechVerbs));
        }

        [Theory]
        [InlineData("chữ\n[a]\nx")]
        [InlineData("[a]\nx\n[a]\ny")]
        [InlineData("[a]\nx\n[overlaps]\na b: x")]
        public void A_malformed_lexicon_is_refused(string text)
        {
            Assert.Throws<FormatException>(() => Lexicon.Parse(text));
        }

        [Fact]
        public void The_text_form_reads_lists_directives_and_overlaps()
        {
            Lexicon parsed = Lexicon.Parse("# note\n[a]\n@exact-case\nMột\nhai ba\n\n[b]\nhai ba\n[overlaps]\na & b: hai ba\n");

            Assert.Equal(new[] { "a", "b" }, parsed.Names);
            Assert.Equal(new[] { "Một", "hai ba" }, parsed["a"]);
            Assert.True(parsed.IsExactCase("a"));
            Assert.False(parsed.IsExactCase("b"));
            LexiconOverlap overlap = Assert.Single(parsed.Overlaps);
            Assert.Equal(("a", "b", "hai ba"), (overlap.First, overlap.Second, Assert.Single(overlap.Entries)));
            Assert.Throws<KeyNotFoundException>(() => parsed["c"]);
        }

        [Fact]
        public void A_phrase_set_matches_whole_words_longest_first_ignoring_case()
        {
            var set = new PhraseSet(new[] { "cho biết", "cho biết thêm", "nói" });

            Assert.Equal("Cho biết thêm".Length, set.MatchAt("Cho biết thêm rằng", 0));
            Assert.Equal("cho biết".Length, set.MatchAt("cho biết:", 0));
            Assert.Equal(0, set.MatchAt("chonói", 3));
            Assert.Equal(0, set.MatchAt("nóin", 0));
            Assert.Equal(4, set.MatchEndingAt("ông nói", 7));
            Assert.Equal(-1, set.MatchEndingAt("ông xnói", 8));
            Assert.Equal(4, set.FindFirst("Ông nói rằng", 0, 12));
        }

        // Lists are compared as written when either is exact-case, otherwise ignoring case.
        private static StringComparer Comparer(string first, string second) =>
            Lexicon.IsExactCase(first) || Lexicon.IsExactCase(second) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
    }
}
