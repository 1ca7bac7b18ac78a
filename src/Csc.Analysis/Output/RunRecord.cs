using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Output;

/// <summary>
/// The audit record of one run (<c>--run-record FILE</c>, and always beside public outputs): the kit version, the
/// command line with secrets redacted, every input with its SHA-256, size and rows loaded and rejected, the KPI
/// config with its hash, the audience and disclosure settings, and every output with its SHA-256, so a published
/// figure can be traced back to its data. Paths are written relative to the record's folder (or as file names), never
/// as machine paths; there is no clock in it unless a time is given, so the same run gives the same bytes.
/// </summary>
public sealed record RunRecord
{
    private static readonly string[] SecretOptions = ["--connection", "--connection-string", "--key", "--password", "--secret", "--token"];
    private static readonly string[] SecretMarkers = ["password=", "pwd=", "secret=", "token=", "key=", "accountkey=", "sharedaccesssignature="];

    /// <summary>What stands in place of a redacted value.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>The command (e.g. "report").</summary>
    public required string Command { get; init; }

    /// <summary>The command line after the program name, as given (it is redacted when written).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The kit's version.</summary>
    public required string KitVersion { get; init; }

    /// <summary>Who the outputs are for.</summary>
    public Audience Audience { get; init; } = Audience.Internal;

    /// <summary>The disclosure control applied (public outputs); null for internal ones.</summary>
    public DisclosureOptions? Disclosure { get; init; }

    /// <summary>The data as the user named it (a folder, file or "ssd" with its provider), and its format.</summary>
    public string? Data { get; init; }

    /// <summary>The format the data was read as (canonical, ssda903, ...).</summary>
    public string? DataFormat { get; init; }

    /// <summary>The input files read.</summary>
    public IReadOnlyList<SourceFile> Inputs { get; init; } = [];

    /// <summary>Other inputs (published figures, notebooks): files whose hash and size are recorded.</summary>
    public IReadOnlyList<string> OtherInputs { get; init; } = [];

    /// <summary>The KPI config file; null for the built-in defaults.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Parameters worth recording (month, months exported, council), by name.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The time stamped on the outputs, when one was (from the caller's clock, --generated-at or SOURCE_DATE_EPOCH); null for none.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>The files written.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>The record's file name beside <paramref name="output"/>: "kpi-report-2017-05.html" gives "kpi-report-2017-05.run.json"; a folder gives "run-record.json" in it.</summary>
    public static string BesidePath(string output, bool isFolder = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(output);
        return isFolder ? Path.Combine(output, "run-record.json")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".", Path.GetFileNameWithoutExtension(output) + ".run.json");
    }

    /// <summary>
    /// The command line with secrets replaced by <see cref="Redacted"/>: the value after an option naming a connection string,
    /// key, password, secret or token (not a file or variable holding one, which is not itself secret), the value of
    /// <c>--option=value</c> forms of those, and any word that looks like a connection string holding a password or key.
    /// </summary>
    public static IReadOnlyList<string> Redact(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var result = new List<string>(arguments.Count);
        var redactNext = false;
        foreach (var word in arguments)
        {
            if (redactNext)
            {
                result.Add(Redacted);
                redactNext = false;
                continue;
            }
            var eq = word.IndexOf('=', StringComparison.Ordinal);
            var name = word.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? word[..eq] : word;
            if (SecretOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                if (eq > 0 && name.Length < word.Length)
                {
                    result.Add(name + "=" + Redacted);
                }
                else
                {
                    result.Add(word);
                    redactNext = true;
                }
                continue;
            }
            result.Add(SecretMarkers.Any(m => word.Contains(m, StringComparison.OrdinalIgnoreCase)) ? Redacted : word);
        }
        return result;
    }

    /// <summary>Writes the record to <paramref name="path"/> (through <see cref="OutputFile"/>), hashing every input and output as it is now.</summary>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        OutputFile.WriteText(full, ToJson(Path.GetDirectoryName(full) ?? "."));
    }

    /// <summary>The record as indented JSON (LF line ends), with paths relative to <paramref name="folder"/>.</summary>
    public string ToJson(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("record", "csc-kpi run record");
            w.WriteString("kit_version", KitVersion);
            w.WriteString("command", Command);
            w.WriteStartArray("command_line");
            w.WriteStringValue("csc-kpi");
            foreach (var a in Redact(Arguments))
            {
                w.WriteStringValue(a);
            }
            w.WriteEndArray();
            if (GeneratedAt is { } at)
            {
                w.WriteString("generated_at", at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("generated_at");
            }
            w.WriteString("audience", Audience.Name());
            if (Disclosure is { } d)
            {
                w.WriteStartObject("disclosure");
                w.WriteNumber("suppress_below", d.Threshold + 1);
                w.WriteString("suppressed_counts", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1 to {d.Threshold}"));
                w.WriteNumber("round", (int)d.Rounding);
                w.WriteBoolean("secondary_suppression", true);
                w.WriteStartObject("symbols");
                foreach (var s in DisclosureSymbols.All)
                {
                    w.WriteString(s.Code(), s.Meaning());
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("disclosure");
            }
            w.WriteStartObject("parameters");
            foreach (var (k, v) in Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteString(k, v);
            }
            w.WriteEndObject();
            if (Data is not null)
            {
                w.WriteString("data", Data);
            }
            if (DataFormat is not null)
            {
                w.WriteString("data_format", DataFormat);
            }
            w.WriteStartArray("inputs");
            foreach (var f in Inputs.OrderBy(f => Name(f.Path, folder), StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("file", Path.GetFileName(f.Path));
                if (f.Table is { } t)
                {
                    w.WriteString("table", t.ToString());
                }
                w.WriteString("sha256", f.Sha256);
                w.WriteNumber("bytes", f.Bytes);
                w.WriteNumber("rows_read", f.Rows);
                w.WriteNumber("rows_loaded", Math.Max(0, f.Unusable ? 0 : f.Rows - f.Rejected));
                w.WriteNumber("rows_rejected", f.Unusable ? f.Rows : f.Rejected);
                w.WriteBoolean("unusable", f.Unusable);
                w.WriteEndObject();
            }
            foreach (var other in OtherInputs.OrderBy(p => Name(p, folder), StringComparer.Ordinal))
            {
                WriteFile(w, other, folder);
            }
            w.WriteEndArray();
            w.WriteStartObject("config");
            if (ConfigPath is { } config && File.Exists(config))
            {
                var bytes = File.ReadAllBytes(config);
                w.WriteString("file", Path.GetFileName(config));
                w.WriteString("sha256", Hex(SHA256.HashData(bytes)));
                w.WriteNumber("bytes", bytes.Length);
                try
                {
                    using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                    w.WritePropertyName("content");
                    doc.RootElement.WriteTo(w);
                }
                catch (JsonException)
                {
                    w.WriteNull("content");
                }
            }
            else
            {
                w.WriteString("file", "built-in defaults");
                w.WriteNull("sha256");
            }
            w.WriteEndObject();
            w.WriteStartArray("outputs");
            foreach (var output in Outputs.OrderBy(p => Name(p, folder), StringComparer.Ordinal))
            {
                WriteFile(w, output, folder);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteFile(Utf8JsonWriter w, string path, string folder)
    {
        w.WriteStartObject();
        w.WriteString("file", Name(path, folder));
        if (File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            w.WriteString("sha256", Hex(SHA256.HashData(stream)));
            w.WriteNumber("bytes", stream.Length);
        }
        else
        {
            w.WriteNull("sha256");
        }
        w.WriteEndObject();
    }

    // A path under the record's folder is written relative to it; any other as its file name (no machine paths).
    private static string Name(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(path)
            : relative.Replace('\\', '/');
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
