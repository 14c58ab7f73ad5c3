namespace ContentGen
{
    /// <summary>The date an article's lead opens with, such as "Sáng nay (20-3)".</summary>
    public sealed record Dateline
    {
        /// <summary>Creates a dateline.</summary>
        public Dateline(string text, int? day, int? month, int? year)
        {
            Text = text ?? throw new System.ArgumentNullException(nameof(text));
            Day = day;
            Month = month;
            Year = year;
        }

        /// <summary>The dateline as written: "Sáng nay (20-3)".</summary>
        public string Text { get; }

        /// <summary>Day of the month, when written.</summary>
        public int? Day { get; }

        /// <summary>Month, when written.</summary>
        public int? Month { get; }

        /// <summary>Year, or null when the text gives none.</summary>
        public int? Year { get; }

        /// <summary>The text as written.</summary>
        public override string ToString() => Text;
    }
}
