using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Interactive.Notebooks;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Notebooks;
using Csc.Analysis.Output;
using Microsoft.DotNet.Interactive.Documents;

namespace Csc.Analysis.Interactive.Publishing;

/// <summary>How to publish notebooks as HTML.</summary>
public sealed record PublishOptions
{
    /// <summary>The folder the pages and index.html go into (created if missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Run each notebook first (outputs are not written back into the .ipynb).</summary>
    public bool Execute { get; init; }

    /// <summary>
    /// Run first the notebooks that have no saved outputs (as committed), so they do not give empty pages; the
    /// others are published as saved. Has no effect when <see cref="Execute"/> is set.
    /// </summary>
    public bool ExecuteWhenNoOutputs { get; init; }

    /// <summary>Parameters to set in each notebook's parameters cell.</summary>
    public IReadOnlyList<NotebookParameter> Parameters { get; init; } = [];

    /// <summary>The data folder or file each notebook's dataPath is set to; null keeps the notebook's.</summary>
    public string? DataPath { get; init; }

    /// <summary>Stamp for the pages; null: SOURCE_DATE_EPOCH or none (see <see cref="GeneratedStamp"/>).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Environment reader for SOURCE_DATE_EPOCH (tests inject one).</summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>Show code cells expanded (they are in a closed &lt;details&gt; by default).</summary>
    public bool ShowCode { get; init; }

    /// <summary>Progress lines.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Each executed notebook's progress as counts of code cells (see <see cref="NotebookCellProgress"/>).</summary>
    public IProgress<NotebookCellProgress>? Progress { get; init; }

    /// <summary>
    /// Who the pages are for. <see cref="Audience.Public"/>: every notebook is run (saved outputs were made for internal
    /// use) inside <see cref="NotebookViews.PublicEdition"/>, so its data sets are the public edition and the child-level
    /// views are withheld, and any output that still names a child id, record id, worker, postcode, date of birth or
    /// event label of the data is withheld too. Internal pages are marked OFFICIAL-SENSITIVE.
    /// </summary>
    public Audience Audience { get; init; } = Audience.Internal;

    /// <summary>The disclosure control of a public edition.</summary>
    public DisclosureOptions Disclosure { get; init; } = DisclosureOptions.Default;
}

/// <summary>One notebook's page, or why there is none.</summary>
public sealed record PublishedNotebook(string NotebookPath, string? HtmlPath, string Title, CellFailure? Failure, int DroppedOutputs);

/// <summary>All pages and the index.</summary>
public sealed record PublishResult(IReadOnlyList<PublishedNotebook> Notebooks, string IndexPath)
{
    /// <summary>The data files the notebooks read in a public edition (for the run record); empty otherwise.</summary>
    public IReadOnlyList<Csc.Analysis.Domain.SourceFile> DataFiles { get; init; } = [];

    /// <summary>Outputs withheld from a public edition because they named a record of the data.</summary>
    public int WithheldOutputs { get; init; }

    /// <summary>True when every notebook was published.</summary>
    public bool Succeeded => Notebooks.All(n => n.Failure is null);
}

/// <summary>
/// Writes a self-contained HTML page per notebook (the kit's page builder: plotly.js inlined
/// once, CSP, no external URL) and an index page. Markdown cells go through
/// <see cref="SafeMarkdown"/>; code cells are in &lt;details&gt;; each output is shown by its best
/// MIME type (text/html, then image/png as a data URI, then text/markdown, then text/plain
/// escaped); package-install and extension-loading chatter is dropped; plotly.js copies and
/// external script tags inside outputs are removed because the page supplies plotly.js.
/// The same notebooks give byte-identical pages.
/// </summary>
public static partial class NotebookPublisher
{
    [GeneratedRegex("<script\\s+data-csc-plotly=\"[^\"]*\">.*?</script>", RegexOptions.Singleline)]
    private static partial Regex InlinePlotly();

    [GeneratedRegex("<script\\b[^>]*\\bsrc\\s*=[^>]*>\\s*</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ExternalScript();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    private static readonly string[] Chatter = ["Installed Packages", "Loading extensions from", "Loading extension script from", "Installing package"];

    /// <summary>The notebooks a path names: the file itself, or the .ipynb files directly in a folder (sorted).</summary>
    public static IReadOnlyList<string> FindNotebooks(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.ipynb", SearchOption.TopDirectoryOnly)
                .Where(f => !Path.GetFileName(f).EndsWith(".out.ipynb", StringComparison.OrdinalIgnoreCase))
                .Select(Path.GetFullPath)
                .Order(StringComparer.Ordinal)
                .ToList();
            return files.Count > 0 ? files : throw new NotebookException($"No .ipynb notebooks in folder '{path}'.");
        }
        throw new NotebookException($"'{path}' is neither a notebook nor a folder.");
    }

    /// <summary>Publishes every notebook, then the index. A notebook whose run fails gets no page and is reported.</summary>
    public static async Task<PublishResult> PublishAsync(IReadOnlyList<string> notebooks, PublishOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.OutputDirectory);
        var results = new List<PublishedNotebook>();
        var isPublic = options.Audience == Audience.Public;
        var dataFiles = new List<Csc.Analysis.Domain.SourceFile>();
        var withheldOutputs = 0;
        foreach (var path in notebooks)
        {
            InteractiveDocument document;
            CellFailure? failure = null;
            PublicTextGuard? guard = null;
            var execute = isPublic || options.Execute || (options.ExecuteWhenNoOutputs && !HasSavedOutputs(NotebookRunner.Load(path)));
            if (execute)
            {
                lock (NotebookDataSet.OpenedInPublicEdition)
                {
                    NotebookDataSet.OpenedInPublicEdition.Clear();
                }
                NotebookRunResult run;
                using (isPublic ? NotebookViews.PublicEdition(options.Disclosure) : null)
                {
                    run = await NotebookRunner.RunAsync(path, new NotebookRunOptions
                    {
                        Parameters = options.Parameters,
                        DataPath = options.DataPath,
                        WriteOutputs = false,
                        PlotlyMode = PlotlyOutputMode.PageSupplied,
                        Log = options.Log,
                        Progress = options.Progress,
                    }, cancellationToken).ConfigureAwait(false);
                }
                document = run.Document;
                failure = run.Failure;
                foreach (var note in run.Notes)
                {
                    options.Log?.Invoke(note);
                }
                if (isPublic)
                {
                    List<NotebookDataSet> opened;
                    lock (NotebookDataSet.OpenedInPublicEdition)
                    {
                        opened = [.. NotebookDataSet.OpenedInPublicEdition];
                        NotebookDataSet.OpenedInPublicEdition.Clear();
                    }
                    guard = PublicTextGuard.From(opened.Select(o => o.Data));
                    dataFiles.AddRange(opened.SelectMany(o => o.Load.Files).Where(f => !dataFiles.Any(d => d.Path == f.Path)));
                }
            }
            else
            {
                document = NotebookRunner.Load(path);
            }
            var title = Title(document, path);
            if (failure is not null)
            {
                results.Add(new PublishedNotebook(path, null, title, failure, 0));
                continue;
            }
            var htmlPath = Path.Combine(options.OutputDirectory, Path.GetFileNameWithoutExtension(path) + ".html");
            var (html, dropped, withheld) = Render(document, path, title, options with { Execute = execute }, guard);
            withheldOutputs += withheld;
            OutputFile.WriteText(htmlPath, html);
            options.Log?.Invoke($"wrote {htmlPath}");
            results.Add(new PublishedNotebook(path, htmlPath, title, null, dropped));
        }
        var indexPath = Path.Combine(options.OutputDirectory, "index.html");
        OutputFile.WriteText(indexPath, RenderIndex(results, options));
        return new PublishResult(results, indexPath) { DataFiles = dataFiles, WithheldOutputs = withheldOutputs };
    }

    /// <summary>Whether any cell of <paramref name="document"/> has a saved output (a committed notebook has none).</summary>
    public static bool HasSavedOutputs(InteractiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Elements.Any(e => e.Outputs.Count > 0);
    }

    /// <summary>As <see cref="HasSavedOutputs(InteractiveDocument)"/> for the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookException">The file is missing or not a notebook.</exception>
    public static bool HasSavedOutputs(string path) => HasSavedOutputs(NotebookRunner.Load(path));

    /// <summary>The page title: the notebook's leading markdown h1, else its file name.</summary>
    public static string Title(InteractiveDocument document, string path)
    {
        var first = document.Elements.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e.Contents));
        if (first is not null && IsMarkdown(first) && SafeMarkdown.LeadingTitle(first.Contents) is { Length: > 0 } t)
        {
            return t;
        }
        return Path.GetFileNameWithoutExtension(path);
    }

    /// <summary>One notebook as a page; returns the HTML and how many chatter outputs were dropped.</summary>
    public static (string Html, int DroppedOutputs) RenderPage(InteractiveDocument document, string notebookPath, string title, PublishOptions options)
    {
        var (html, dropped, _) = Render(document, notebookPath, title, options, null);
        return (html, dropped);
    }

    /// <summary>The text shown in place of an output withheld from a public edition.</summary>
    public const string WithheldOutputText = "Output withheld from the public edition: it names a record of the data (an id, worker, postcode, date of birth or free text).";

    private static (string Html, int DroppedOutputs, int WithheldOutputs) Render(InteractiveDocument document, string notebookPath, string title, PublishOptions options, PublicTextGuard? guard)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var withheld = 0;
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebookPath));
        var page = new HtmlPageBuilder(new HtmlPageOptions
        {
            Title = title,
            GeneratedAt = options.GeneratedAt,
            Environment = options.Environment,
            FooterLines =
            [
                $"Notebook {Path.GetFileName(notebookPath)} (SHA-256 {Sha256(notebookPath)}){(options.Execute ? ", executed for this page" : ", outputs as saved")}.",
                .. options.Audience == Audience.Public
                    ? [string.Create(CultureInfo.InvariantCulture, $"Public edition: counts from 1 to {options.Disclosure.Threshold} and the figures that would reveal them are c; parts built from child-level records are withheld.")]
                    : Array.Empty<string>(),
            ],
            Marking = options.Audience == Audience.Public ? null : AudienceNames.InternalMarking,
        });
        var dropped = 0;
        var titleUsed = false;
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var cell = document.Elements[i];
            var number = i + 1;
            if (IsMarkdown(cell))
            {
                var dropTitle = !titleUsed && SafeMarkdown.LeadingTitle(cell.Contents) == title;
                titleUsed |= dropTitle;
                page.Add(HtmlFragment.Trusted("<div class=\"cell markdown\">" + SafeMarkdown.ToHtml(cell.Contents, directory, dropTitle).Markup + "</div>\n"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(cell.Contents) && cell.Outputs.Count == 0)
            {
                continue;
            }
            var sb = new StringBuilder();
            sb.Append("<div class=\"cell code\">\n<details class=\"cell-code\"").Append(options.ShowCode ? " open" : string.Empty)
              .Append("><summary>Code (cell ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(")</summary><pre><code>")
              .Append(HtmlText.Escape(cell.Contents)).Append("</code></pre></details>\n");
            var drawsCharts = false;
            for (var k = 0; k < cell.Outputs.Count; k++)
            {
                var output = cell.Outputs[k];
                if (IsChatter(output))
                {
                    dropped++;
                    continue;
                }
                var html = RenderOutput(output, number, k + 1, directory, out var charts);
                if (guard is not null && html.Length > 0 && guard.Find(html) is not null)
                {
                    html = "<p class=\"meta unavailable\">" + HtmlText.Escape(WithheldOutputText) + "</p>";
                    charts = false;
                    withheld++;
                }
                drawsCharts |= charts;
                if (html.Length > 0)
                {
                    sb.Append("<div class=\"cell-output\">").Append(html).Append("</div>\n");
                }
            }
            sb.Append("</div>\n");
            page.Add(HtmlFragment.Trusted(sb.ToString()), drawsCharts);
        }
        return (page.Build(), dropped, withheld);
    }

    /// <summary>The index page: every notebook with its title, a link to its page, or its failure.</summary>
    public static string RenderIndex(IReadOnlyList<PublishedNotebook> notebooks, PublishOptions options)
    {
        var page = new HtmlPageBuilder(new HtmlPageOptions
        {
            Title = "Notebooks",
            Subtitle = $"{notebooks.Count.ToString(CultureInfo.InvariantCulture)} notebook(s) published as self-contained pages{(options.Audience == Audience.Public ? " (public edition)" : string.Empty)}.",
            GeneratedAt = options.GeneratedAt,
            Environment = options.Environment,
            Marking = options.Audience == Audience.Public ? null : AudienceNames.InternalMarking,
        });
        var rows = notebooks.Select(n => (IReadOnlyList<TableCell>)
        [
            n.HtmlPath is null ? TableCell.Text(n.Title) : TableCell.Of(new Link(n.Title, Path.GetFileName(n.HtmlPath))),
            Path.GetFileName(n.NotebookPath),
            n.Failure is null ? "Published" : n.Failure.ToString(),
        ]).ToList();
        page.Add(new HtmlTable("Published notebooks", ["Notebook", "File", "Status"], rows));
        return page.Build();
    }

    private sealed record Link(string Text, string Href) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer) => writer.Element("a", Text, ("href", Href));
    }

    internal static bool IsMarkdown(InteractiveDocumentElement cell) =>
        string.Equals(cell.KernelName, "markdown", StringComparison.OrdinalIgnoreCase) || string.Equals(cell.KernelName, "md", StringComparison.OrdinalIgnoreCase);

    internal static bool IsChatter(InteractiveDocumentOutputElement output)
    {
        var texts = output switch
        {
            DisplayElement d => d.Data.Values.Select(v => v?.ToString() ?? string.Empty),
            ReturnValueElement r => r.Data.Values.Select(v => v?.ToString() ?? string.Empty),
            TextElement t => [t.Text],
            _ => [],
        };
        return texts.Any(t => Chatter.Any(c => t.Contains(c, StringComparison.Ordinal)));
    }

    private static string RenderOutput(InteractiveDocumentOutputElement output, int cellNumber, int outputNumber, string? directory, out bool drawsCharts)
    {
        drawsCharts = false;
        switch (output)
        {
            case DisplayElement d:
                return RenderData(d.Data, cellNumber, outputNumber, directory, out drawsCharts);
            case ReturnValueElement r:
                return RenderData(r.Data, cellNumber, outputNumber, directory, out drawsCharts);
            case TextElement t:
                return $"<pre class=\"stream {(t.Name == "stderr" ? "stderr" : "stdout")}\">{HtmlText.Escape(t.Text)}</pre>";
            case ErrorElement e:
                return $"<div class=\"cell-error\" role=\"alert\"><strong>{HtmlText.Escape(e.ErrorName)}</strong><pre>{HtmlText.Escape(e.ErrorValue)}</pre></div>";
            default:
                return string.Empty;
        }
    }

    private static string RenderData(IDictionary<string, object> data, int cellNumber, int outputNumber, string? directory, out bool drawsCharts)
    {
        drawsCharts = false;
        if (data.TryGetValue("text/html", out var html) && html is not null)
        {
            var cleaned = ExternalScript().Replace(InlinePlotly().Replace(Text(html), string.Empty), string.Empty);
            drawsCharts = cleaned.Contains("Plotly.newPlot", StringComparison.Ordinal) || cleaned.Contains("Plotly.react", StringComparison.Ordinal);
            return drawsCharts ? StableIds(cleaned, cellNumber, outputNumber) : cleaned;
        }
        if (data.TryGetValue("image/png", out var png) && png is not null)
        {
            var base64 = Regex.Replace(Text(png), "\\s+", string.Empty);
            return $"<img src=\"data:image/png;base64,{HtmlText.Escape(base64)}\" alt=\"Output of cell {cellNumber.ToString(CultureInfo.InvariantCulture)}\">";
        }
        if (data.TryGetValue("text/markdown", out var md) && md is not null)
        {
            return SafeMarkdown.ToHtml(Text(md), directory, dropLeadingTitle: false).Markup;
        }
        if (data.TryGetValue("text/plain", out var plain) && plain is not null)
        {
            return $"<pre>{HtmlText.Escape(Text(plain))}</pre>";
        }
        return string.Empty;
    }

    /// <summary>
    /// Plotly.NET's own chart HTML (GenericChart.toChartHTML) names its div and render function
    /// with a random GUID; replace each GUID (and its dash-less form) by an id from the cell and
    /// output position so re-executed notebooks publish identical bytes.
    /// </summary>
    internal static string StableIds(string html, int cellNumber, int outputNumber)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Guid().Matches(html))
        {
            if (!map.ContainsKey(m.Value))
            {
                map[m.Value] = string.Create(CultureInfo.InvariantCulture, $"plotly-c{cellNumber}-o{outputNumber}-{map.Count + 1}");
            }
        }
        foreach (var (guid, id) in map)
        {
            html = html.Replace(guid, id, StringComparison.OrdinalIgnoreCase)
                .Replace(guid.Replace("-", string.Empty, StringComparison.Ordinal), id.Replace('-', '_'), StringComparison.OrdinalIgnoreCase);
        }
        return html;
    }

    /// <summary>Jupyter stores multi-line values as arrays of lines.</summary>
    private static string Text(object value) => value switch
    {
        string s => s,
        IEnumerable<string> lines => string.Concat(lines),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } je => string.Concat(je.EnumerateArray().Select(e => e.GetString())),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } je => je.GetString() ?? string.Empty,
        IEnumerable<object> items => string.Concat(items.Select(i => i?.ToString())),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Sha256(string path) =>
        File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "unknown";
}
