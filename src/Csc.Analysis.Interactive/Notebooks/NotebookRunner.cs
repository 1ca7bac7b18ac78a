using System.Text;
using Csc.Analysis.Output;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Csc.Analysis.Interactive.Notebooks;

/// <summary>How to run a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Overrides for the parameters cell.</summary>
    public IReadOnlyList<NotebookParameter> Parameters { get; init; } = [];

    /// <summary>
    /// The --data path: sets the parameter named <see cref="DataPathParameter"/> when the notebook
    /// declares it (a note says so when it does not). Made absolute by the caller.
    /// </summary>
    public string? DataPath { get; init; }

    /// <summary>The parameter that <c>--data</c> sets.</summary>
    public const string DataPathParameter = "dataPath";

    /// <summary>Write the notebook with its outputs (true for "run", false when publishing), to <see cref="OutputPath"/>.</summary>
    public bool WriteOutputs { get; init; } = true;

    /// <summary>
    /// Where the notebook with its outputs is written; null: back into the .ipynb itself. <c>csc-kpi notebook run</c>
    /// writes <c>NAME.out.ipynb</c> beside it unless <c>--in-place</c>, so outputs (worker codes, figures) do not land in
    /// tracked notebooks.
    /// </summary>
    public string? OutputPath { get; init; }

    /// <summary>How chart outputs get plotly.js (see <see cref="PlotlyOutputMode"/>).</summary>
    public PlotlyOutputMode PlotlyMode { get; init; } = PlotlyOutputMode.InlineOncePerSession;

    /// <summary>Progress lines ("cell 3 ok", left out when <see cref="Progress"/> is set) and failures, written between cells (never from kernel events).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Progress as counts of code cells, for a display (see <see cref="NotebookCellProgress"/>); reported between cells.</summary>
    public IProgress<NotebookCellProgress>? Progress { get; init; }
}

/// <summary>The cell that failed: its 1-based position among all cells and the kernel's message.</summary>
public sealed record CellFailure(int CellNumber, string Message)
{
    /// <summary>The failure as "cell N failed: message".</summary>
    public override string ToString() => $"cell {CellNumber} failed: {Message}";
}

/// <summary>What a run did. <see cref="Document"/> holds the outputs whether or not they were written.</summary>
public sealed record NotebookRunResult(string Path, InteractiveDocument Document, int CellsRun, CellFailure? Failure, IReadOnlyList<string> Notes)
{
    /// <summary>True when every cell ran.</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Runs .ipynb notebooks in-process on .NET Interactive: a CompositeKernel with a CSharpKernel
/// (#r nuget, kernel helpers, value sharing), the kit's assemblies preloaded and its extension
/// loaded, every C# cell top to bottom. The first failing cell stops the run. One run at a time
/// per process (the kernel's formatters and the working folder are process-wide).
/// </summary>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The notebook languages the runner knows: C# (cells of other kernels are refused with a message).</summary>
    public static KernelInfoCollection KernelInfos()
    {
        var infos = new KernelInfoCollection
        {
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#", "cs"]),
        };
        infos.DefaultKernelName = "csharp";
        return infos;
    }

    /// <summary>Reads a notebook (.ipynb), with a precise message when it cannot.</summary>
    public static InteractiveDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new NotebookException($"Notebook '{path}' not found.");
        }
        if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotebookException($"'{path}' is not a Jupyter notebook (.ipynb).");
        }
        try
        {
            return Notebook.Parse(File.ReadAllText(path), KernelInfos());
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new NotebookException($"Notebook '{path}' cannot be read as Jupyter JSON: {ex.Message}");
        }
    }

    /// <summary>Runs one notebook; writes its outputs back when <see cref="NotebookRunOptions.WriteOutputs"/>.</summary>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = Path.GetFullPath(path);
        var document = Load(fullPath);
        var directory = Path.GetDirectoryName(fullPath)!;
        var notes = new List<string>();
        var elements = document.Elements;

        var parameters = PrepareParameters(elements, options, notes, Path.GetFileName(fullPath));

        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previousDirectory = Environment.CurrentDirectory;
        var previousMode = CscKernel.PlotlyMode;
        try
        {
            Environment.CurrentDirectory = directory;
            CscKernel.PlotlyMode = options.PlotlyMode;
            CscKernel.ResetSession();
            using var kernel = CreateKernel();
            await CscKernel.LoadAsync(kernel).ConfigureAwait(false);

            var run = 0;
            var executionCount = 0;
            CellFailure? failure = null;
            var name = Path.GetFileName(fullPath);
            var codeCells = elements.Count(IsCode);
            var codeCellsDone = 0;
            options.Progress?.Report(new NotebookCellProgress(name, 0, codeCells));
            for (var i = 0; i < elements.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cell = elements[i];
                var number = i + 1;
                if (!IsCode(cell))
                {
                    continue;
                }
                if (failure is not null)
                {
                    cell.Outputs.Clear();
                    cell.ExecutionOrder = 0;
                    continue;
                }
                if (!string.Equals(cell.KernelName, "csharp", StringComparison.OrdinalIgnoreCase))
                {
                    failure = new CellFailure(number, $"the cell uses the '{cell.KernelName}' kernel; the kit's runner runs C# cells only.");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(cell.Contents))
                {
                    options.Progress?.Report(new NotebookCellProgress(name, ++codeCellsDone, codeCells));
                    continue;
                }
                var code = parameters.TryGetValue(i, out var replaced) ? replaced : cell.Contents;
                code = NotebookReferences.Rewrite(code, directory);
                var result = await kernel.SendAsync(new SubmitCode(code), cancellationToken).ConfigureAwait(false);
                executionCount++;
                run++;
                cell.ExecutionOrder = executionCount;
                cell.Outputs.Clear();
                if (parameters.ContainsKey(i))
                {
                    cell.Outputs.Add(new TextElement(ParameterNote(options), "stdout"));
                }
                var error = CollectOutputs(result.Events, cell.Outputs, executionCount);
                if (error is not null)
                {
                    failure = new CellFailure(number, error);
                    options.Log?.Invoke(failure.ToString());
                }
                else
                {
                    if (options.Progress is null)
                    {
                        options.Log?.Invoke($"cell {number} ok");
                    }
                    options.Progress?.Report(new NotebookCellProgress(name, ++codeCellsDone, codeCells));
                }
            }

            var written = options.OutputPath is null ? fullPath : Path.GetFullPath(options.OutputPath);
            if (options.WriteOutputs)
            {
                Save(document, written);
            }
            return new NotebookRunResult(written, document, run, failure, notes);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            CscKernel.PlotlyMode = previousMode;
            OneAtATime.Release();
        }
    }

    /// <summary>Writes a document as Jupyter JSON (UTF-8, no BOM, LF).</summary>
    public static void Save(InteractiveDocument document, string path)
    {
        using var buffer = new MemoryStream();
        Notebook.Write(document, buffer, KernelInfos());
        var json = new UTF8Encoding(false).GetString(buffer.ToArray()).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        OutputFile.WriteText(path, json);
    }

    internal static bool IsCode(InteractiveDocumentElement cell) =>
        !string.Equals(cell.KernelName, "markdown", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(cell.KernelName, "md", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(cell.KernelName, "raw", StringComparison.OrdinalIgnoreCase);

    /// <summary>Tags from the cell's Jupyter metadata ("tags": [...]).</summary>
    internal static IReadOnlyList<string> Tags(InteractiveDocumentElement cell)
    {
        if (cell.Metadata is null || !cell.Metadata.TryGetValue("tags", out var raw) || raw is null)
        {
            return [];
        }
        return raw switch
        {
            IEnumerable<string> s => [.. s],
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } je =>
                [.. je.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> o => [.. o.Select(x => x?.ToString() ?? string.Empty)],
            _ => [],
        };
    }

    private static Dictionary<int, string> PrepareParameters(IList<InteractiveDocumentElement> elements, NotebookRunOptions options, List<string> notes, string name)
    {
        var result = new Dictionary<int, string>();
        var wanted = options.Parameters.ToList();
        var index = -1;
        for (var i = 0; i < elements.Count; i++)
        {
            if (IsCode(elements[i]) && NotebookParameters.IsParametersCell(elements[i].Contents ?? string.Empty, Tags(elements[i])))
            {
                index = i;
                break;
            }
        }
        if (options.DataPath is { } data)
        {
            if (index >= 0 && NotebookParameters.DeclaredNames(elements[index].Contents).Contains(NotebookRunOptions.DataPathParameter))
            {
                wanted.Insert(0, new NotebookParameter(NotebookRunOptions.DataPathParameter, data));
            }
            else
            {
                notes.Add($"{name}: --data ignored: the notebook declares no '{NotebookRunOptions.DataPathParameter}' parameter.");
            }
        }
        if (wanted.Count == 0)
        {
            return result;
        }
        if (index < 0)
        {
            throw new NotebookException($"{name}: --param given but the notebook has no parameters cell (tag a cell \"parameters\" or start it with \"// parameters\").");
        }
        result[index] = NotebookParameters.Apply(elements[index].Contents, wanted, index + 1);
        return result;
    }

    private static string ParameterNote(NotebookRunOptions options)
    {
        var sb = new StringBuilder("Parameters overridden:");
        if (options.DataPath is { } d)
        {
            sb.Append(' ').Append(NotebookRunOptions.DataPathParameter).Append('=').Append(d);
        }
        foreach (var p in options.Parameters)
        {
            sb.Append(' ').Append(p.Name).Append('=').Append(p.Value);
        }
        return sb.Append('\n').ToString();
    }

    private static CompositeKernel CreateKernel()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((k, resolved) =>
            {
                k.AddAssemblyReferences(resolved.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing();
        // The kit is preloaded: cells can use it even without a #r line.
        csharp.AddAssemblyReferences(NotebookReferences.KitAssemblyFiles());
        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }

    /// <summary>Turns kernel events into notebook outputs; returns the failure message, if any.</summary>
    private static string? CollectOutputs(IReadOnlyList<KernelEvent> events, List<InteractiveDocumentOutputElement> outputs, int executionCount)
    {
        var displays = new Dictionary<string, int>(StringComparer.Ordinal);
        string? failure = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case ReturnValueProduced r:
                    var rv = new ReturnValueElement { ExecutionOrder = executionCount };
                    foreach (var (mime, value) in ToData(r.FormattedValues))
                    {
                        rv.Data[mime] = value;
                    }
                    outputs.Add(rv);
                    break;
                case StandardOutputValueProduced so:
                    AppendStream(outputs, "stdout", Text(so.FormattedValues));
                    break;
                case StandardErrorValueProduced se:
                    AppendStream(outputs, "stderr", Text(se.FormattedValues));
                    break;
                case DisplayedValueUpdated u when u.ValueId is { } id && displays.TryGetValue(id, out var at):
                    outputs[at] = new DisplayElement(ToData(u.FormattedValues));
                    break;
                case DisplayEvent d:
                    if (d.ValueId is { } vid)
                    {
                        displays[vid] = outputs.Count;
                    }
                    outputs.Add(new DisplayElement(ToData(d.FormattedValues)));
                    break;
                case CommandFailed f:
                    failure = FirstLine(f.Message);
                    outputs.Add(new ErrorElement(f.Message, "Error", []));
                    break;
            }
        }
        return failure;
    }

    private static string FirstLine(string message)
    {
        var trimmed = message.Trim();
        var nl = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? trimmed : trimmed[..nl].TrimEnd('\r');
    }

    private static Dictionary<string, object> ToData(IReadOnlyCollection<FormattedValue> values)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            data[v.MimeType] = v.Value;
        }
        return data;
    }

    private static string Text(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? values.FirstOrDefault()?.Value ?? string.Empty;

    private static void AppendStream(List<InteractiveDocumentOutputElement> outputs, string name, string text)
    {
        if (outputs.Count > 0 && outputs[^1] is TextElement last && last.Name == name)
        {
            outputs[^1] = new TextElement(last.Text + text, name);
            return;
        }
        outputs.Add(new TextElement(text, name));
    }
}
