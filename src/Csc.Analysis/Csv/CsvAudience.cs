namespace Csc.Analysis.Csv;

/// <summary>Who opens a CSV file the kit writes, which decides whether text that looks like a spreadsheet formula is neutralised.</summary>
public enum CsvAudience
{
    /// <summary>Read back by a program (the canonical extract, statutory returns, series files, the tidy KPI table): text is written as it is.</summary>
    Program,

    /// <summary>
    /// Opened by a person, typically in Excel (exports, issue lists, flagged rows): a text field that starts with
    /// = + - @, a tab or a carriage return gets a leading apostrophe so the spreadsheet shows it as text instead of
    /// running it as a formula, and the Unicode direction controls become U+FFFD (see <see cref="DirectionControls"/>) so a
    /// label cannot display reversed. Numbers and dates are typed and never changed.
    /// </summary>
    Spreadsheet,
}
