using System.Globalization;

namespace Csc.Analysis.Reporting.Html;

/// <summary>
/// The "generated at" stamp of a page. Pages carry none unless the caller passes one (from its
/// injected TimeProvider) or SOURCE_DATE_EPOCH is set (the reproducible-builds convention: Unix
/// seconds), so the same inputs give byte-identical pages.
/// </summary>
public static class GeneratedStamp
{
    /// <summary>The environment variable (reproducible-builds convention) that fixes the generated time.</summary>
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>The explicit stamp if given, else SOURCE_DATE_EPOCH if set, else null (no stamp).</summary>
    public static DateTimeOffset? Resolve(DateTimeOffset? explicitStamp, Func<string, string?>? environment = null)
    {
        if (explicitStamp is not null)
        {
            return explicitStamp.Value.ToUniversalTime();
        }
        environment ??= Environment.GetEnvironmentVariable;
        var raw = environment(SourceDateEpochVariable);
        return string.IsNullOrWhiteSpace(raw) ? null : ParseSourceDateEpoch(raw);
    }

    /// <summary>Parses SOURCE_DATE_EPOCH (whole seconds since 1970-01-01 UTC).</summary>
    public static DateTimeOffset ParseSourceDateEpoch(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > 253402300799)
        {
            throw new FormatException($"{SourceDateEpochVariable}='{value}' is not a whole number of seconds since 1970-01-01 UTC; unset it or set it to e.g. 1496275200.");
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>"2017-06-01 00:00 UTC".</summary>
    public static string Format(DateTimeOffset stamp) =>
        stamp.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
