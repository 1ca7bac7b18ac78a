using System.Globalization;
using System.Text.Json;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// Typed access to the current row of an SSD table, recording each bad value as a located issue. A required value that
/// is blank or unreadable, or any unreadable date, rejects the row (<see cref="Rejected"/>).
/// </summary>
internal sealed class SsdRow(ISsdRowReader reader, IssueCollector issues, string location)
{
    /// <summary>True when an error was recorded for the current row.</summary>
    public bool Rejected { get; private set; }

    public long Line => reader.Line;

    public string Location => location;

    public bool Read()
    {
        Rejected = false;
        return reader.Read();
    }

    public string? Text(string column) => reader.Value(column);

    public string Required(string column)
    {
        var v = reader.Value(column);
        if (v is null)
        {
            Reject(StatutoryRules.ValueMissing, column, null, "A value is required; the row is not loaded.");
            return string.Empty;
        }
        return v;
    }

    public DateOnly? Date(string column, bool required = false)
        => DateTime(column, required) is { } d ? DateOnly.FromDateTime(d) : null;

    public DateOnly RequiredDate(string column) => Date(column, required: true) ?? default;

    public DateTime? DateTime(string column, bool required = false)
    {
        var v = reader.Value(column);
        if (v is null)
        {
            if (required)
            {
                Reject(StatutoryRules.ValueMissing, column, null, "A date is required; the row is not loaded.");
            }
            return null;
        }
        if (FieldParsers.TryParseDate(v, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue);
        }
        if (FieldParsers.TryParseDateTime(v, out var dt))
        {
            return dt;
        }
        Reject(StatutoryRules.DateFormat, column, v, FieldParsers.DescribeBadDate(v) + " Expected an ISO date (yyyy-MM-dd) or date-time; the row is not loaded.");
        return null;
    }

    public bool? Flag(string column)
    {
        var v = reader.Value(column);
        if (v is null)
        {
            return null;
        }
        if (FieldParsers.TryParseFlag(v, FlagStyles.Any, out var flag))
        {
            return flag;
        }
        issues.Warning(StatutoryRules.FlagFormat, location, Line, column, v, "Not a yes/no value (Y/N, 1/0, true/false); read as blank.");
        return null;
    }

    public double? Number(string column)
    {
        var v = reader.Value(column);
        if (v is null)
        {
            return null;
        }
        if (FieldParsers.TryParseDouble(v, out var n))
        {
            return n;
        }
        issues.Warning(StatutoryRules.NumberFormat, location, Line, column, v, "Not a number; read as blank.");
        return null;
    }

    /// <summary>
    /// The JSON column as upper-case key to text value (nested values as their JSON text); a plain string that is not
    /// JSON is returned under the key "" (some SSD builds store a single label). Null when blank.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Json(string column)
    {
        var v = reader.Value(column);
        if (v is null)
        {
            return null;
        }
        if (!v.StartsWith('{'))
        {
            return new Dictionary<string, string?>(StringComparer.Ordinal) { [string.Empty] = v };
        }
        try
        {
            using var doc = JsonDocument.Parse(v);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                issues.Warning(SsdRules.JsonFormat, location, Line, column, v, "Not a JSON object; ignored.");
                return null;
            }
            var map = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                map[p.Name.ToUpperInvariant()] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    JsonValueKind.Number => p.Value.GetRawText(),
                    JsonValueKind.True => "Y",
                    JsonValueKind.False => "N",
                    _ => p.Value.GetRawText(),
                };
            }
            return map;
        }
        catch (JsonException)
        {
            issues.Warning(SsdRules.JsonFormat, location, Line, column, v, "Not valid JSON; ignored.");
            return null;
        }
    }

    public void Warn(string rule, string? column, string? value, string reason) => issues.Warning(rule, location, Line, column, value, reason);

    public void Reject(string rule, string? column, string? value, string reason)
    {
        Rejected = true;
        issues.Error(rule, location, Line, column, value, reason);
    }

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
