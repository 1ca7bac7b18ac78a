using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Output;

namespace Csc.Analysis.Cli;

/// <summary>Parsing of the option values several commands share, with one wording for their errors (exit code 2).</summary>
internal static class CliArguments
{
    /// <summary>A data format name (auto, canonical, ssda903, cin-census, annex-a, ssd) given to <paramref name="option"/>.</summary>
    public static DataFormat DataFormat(string option, string text)
        => DataFormats.TryParse(text, out var format)
            ? format
            : throw new CliException($"{option} '{text}' is not a format: use auto, canonical, ssda903, cin-census, annex-a or ssd.");

    /// <summary>A month given as YYYY-MM to <paramref name="option"/>.</summary>
    public static ReportingMonth Month(string option, string text)
        => ReportingMonth.TryParse(text, out var month)
            ? month
            : throw new CliException($"{option} '{text}' is not a month: expected YYYY-MM, for example 2017-05.");

    /// <summary>As <see cref="Month(string, string)"/>, null when the option was not given.</summary>
    public static ReportingMonth? OptionalMonth(string option, string? text)
        => text is null ? null : Month(option, text);

    /// <summary>An optional council's DfE number (a whole number 1 to 999, e.g. 311); null when not given.</summary>
    public static int? OptionalCouncil(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000
            ? n
            : throw new CliException($"{option} '{text}' is not a council's DfE number: use a whole number such as 311.");
    }

    /// <summary>
    /// An optional council code: a DfE number (1 to 999, written with three digits: 1 is 001) or an ONS code such as
    /// E09000016 (for a council of a stack; the published figures are by DfE number).
    /// </summary>
    public static CouncilCode? OptionalCouncilCode(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000)
        {
            return CouncilCode.Parse(n.ToString("000", CultureInfo.InvariantCulture));
        }
        return CouncilCode.TryParse(text, out var code) && !code.IsDfeNumber ? code
            : throw new CliException($"{option} '{text}' is not a council's DfE number: use a whole number such as 311.");
    }

    /// <summary>The DfE number of <paramref name="code"/> for the published figures; a usage error for an ONS code.</summary>
    public static int DfeNumber(string option, CouncilCode code)
        => code.DfeNumber ?? throw new CliException($"{option} {code} is an ONS code; the published figures are by DfE number: use a whole number such as 311.");

    /// <summary>Optional --from and --to months, checked to be in order.</summary>
    public static (ReportingMonth? From, ReportingMonth? To) MonthRange(string? fromText, string? toText)
    {
        var from = OptionalMonth("--from", fromText);
        var to = OptionalMonth("--to", toText);
        if (from is { } f && to is { } t && f > t)
        {
            throw new CliException($"--from {f} is after --to {t}.");
        }
        return (from, to);
    }

    /// <summary>
    /// Refuses (exit 2, nothing written) an output given to <paramref name="option"/> that is an input file or lies in an
    /// input folder (see <see cref="OutputPaths.Conflict"/>); <paramref name="output"/> null is no output.
    /// </summary>
    public static void RefuseOverInputs(string option, string? output, params IEnumerable<string?> inputs)
    {
        if (output is null)
        {
            return;
        }
        if (OutputPaths.Conflict(output, inputs) is { } why)
        {
            throw new CliException($"{option} '{output}' {why}: write outputs somewhere else, so the data cannot be overwritten.");
        }
    }
}
