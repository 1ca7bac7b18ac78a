using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Csc.Analysis.Interactive.Notebooks;

/// <summary>A notebook problem that is the user's to fix (bad parameter, missing file); the CLI shows it as a usage error.</summary>
public sealed class NotebookException(string message) : Exception(message);

/// <summary>One "--param name=value".</summary>
public sealed record NotebookParameter(string Name, string Value)
{
    /// <summary>Parses "name=value" (the value may contain '=').</summary>
    public static NotebookParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var name = eq > 0 ? text[..eq].Trim() : string.Empty;
        if (eq <= 0 || !IsIdentifier(name))
        {
            throw new NotebookException($"--param '{text}' must look like name=value with a C# identifier as the name, e.g. --param month=2017-05.");
        }
        return new NotebookParameter(name, text[(eq + 1)..]);
    }

    internal static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}

/// <summary>
/// Overrides the declarations in a notebook's parameters cell (tagged "parameters", or whose first
/// line is "// parameters"). Each declaration is one line, <c>type name = value;</c> or
/// <c>var name = value;</c>; a --param replaces the value with a literal of the declared type
/// (string, bool, int, long, double, decimal, DateOnly, or var with a string, bool or number).
/// </summary>
public static partial class NotebookParameters
{
    [GeneratedRegex(@"^(?<indent>\s*)(?<type>[A-Za-z_][\w.]*\??)\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<init>.*?)\s*;(?<rest>\s*(//.*)?)$")]
    private static partial Regex Declaration();

    /// <summary>True when the cell is the parameters cell by its tags or first line.</summary>
    public static bool IsParametersCell(string code, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (tags.Any(t => string.Equals(t, "parameters", StringComparison.Ordinal)))
        {
            return true;
        }
        var first = code.Split('\n', 2)[0].Trim();
        return string.Equals(first, "// parameters", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The names declared in a parameters cell, in order.</summary>
    public static IReadOnlyList<string> DeclaredNames(string code) =>
        Lines(code).Select(l => Declaration().Match(l.TrimEnd('\r'))).Where(m => m.Success).Select(m => m.Groups["name"].Value).ToList();

    /// <summary>
    /// The parameters cell with each overridden declaration's value replaced. Throws
    /// <see cref="NotebookException"/> for an undeclared name or a value that is not of the declared type.
    /// </summary>
    public static string Apply(string code, IReadOnlyList<NotebookParameter> parameters, int cellNumber)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(parameters);
        var byName = new Dictionary<string, NotebookParameter>(StringComparer.Ordinal);
        foreach (var p in parameters)
        {
            byName[p.Name] = p; // the last --param for a name wins
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder(code.Length + 64);
        var lines = Lines(code);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cr = line.EndsWith('\r') ? "\r" : string.Empty;
            var m = Declaration().Match(line.TrimEnd('\r'));
            if (m.Success && byName.TryGetValue(m.Groups["name"].Value, out var p))
            {
                var literal = Literal(m.Groups["type"].Value, m.Groups["init"].Value, p, cellNumber);
                line = $"{m.Groups["indent"].Value}{m.Groups["type"].Value} {p.Name} = {literal};{m.Groups["rest"].Value}{cr}";
                used.Add(p.Name);
            }
            sb.Append(line);
            if (i < lines.Count - 1)
            {
                sb.Append('\n');
            }
        }
        var unknown = byName.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            var declared = DeclaredNames(code);
            throw new NotebookException(
                $"--param {string.Join(", ", unknown)}: not declared in the parameters cell (cell {cellNumber}); it declares {(declared.Count == 0 ? "nothing" : string.Join(", ", declared))}.");
        }
        return sb.ToString();
    }

    private static List<string> Lines(string code) => [.. code.Split('\n')];

    private static string Literal(string type, string init, NotebookParameter p, int cellNumber)
    {
        var t = type.TrimEnd('?');
        if (t == "var")
        {
            var i = init.Trim();
            t = i.StartsWith('"') || i.StartsWith("@\"", StringComparison.Ordinal) ? "string"
                : i is "true" or "false" ? "bool"
                : i.StartsWith("DateOnly", StringComparison.Ordinal) ? "DateOnly"
                : i.Length > 0 && (char.IsDigit(i[0]) || i[0] == '-') ? (i.Contains('.', StringComparison.Ordinal) ? "double" : "int")
                : throw new NotebookException($"--param {p.Name}: cannot tell the type of 'var {p.Name} = {init};' in cell {cellNumber}; declare it with an explicit type (string, int, double, bool, DateOnly).");
        }
        var v = p.Value;
        string Fail(string expected) => throw new NotebookException($"--param {p.Name}={v}: {p.Name} is declared as {type} in cell {cellNumber}, so the value must be {expected}.");
        switch (t)
        {
            case "string" or "String" or "System.String":
                return CSharpString(v);
            case "bool" or "Boolean" or "System.Boolean":
                return v.Trim().ToLowerInvariant() switch { "true" => "true", "false" => "false", _ => Fail("true or false") };
            case "int" or "long" or "Int32" or "Int64" or "System.Int32" or "System.Int64":
                return long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l.ToString(CultureInfo.InvariantCulture) + (t.Contains("64", StringComparison.Ordinal) || t == "long" ? "L" : string.Empty) : Fail("a whole number");
            case "double" or "Double" or "System.Double":
                return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) + "d" : Fail("a number such as 0.85");
            case "decimal" or "Decimal" or "System.Decimal":
                return decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m.ToString(CultureInfo.InvariantCulture) + "m" : Fail("a number such as 0.85");
            case "DateOnly" or "System.DateOnly":
                return IsoFormat.TryParseDate(v, out var date)
                    ? $"new System.DateOnly({date.Year}, {date.Month}, {date.Day})"
                    : Fail("a date written yyyy-MM-dd");
            default:
                throw new NotebookException($"--param {p.Name}: its declared type {type} in cell {cellNumber} cannot be set from the command line; use string, bool, int, long, double, decimal or DateOnly.");
        }
    }

    /// <summary>A C# regular string literal.</summary>
    internal static string CSharpString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
