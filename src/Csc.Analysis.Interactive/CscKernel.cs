using System.Reflection;
using System.Runtime.Loader;
using Csc.Analysis.Reporting.Html;
using Microsoft.DotNet.Interactive;

namespace Csc.Analysis.Interactive;

/// <summary>How charts shown in a notebook get plotly.js.</summary>
public enum PlotlyOutputMode
{
    /// <summary>The first chart output of a session carries plotly.js inline (about 3.6 MB); later ones reuse it. Works offline in VS Code.</summary>
    InlineOncePerSession,

    /// <summary>No chart output carries plotly.js: the page around them supplies it (the publisher inlines it once per page).</summary>
    PageSupplied,
}

/// <summary>
/// Entry points for notebooks and hosts. A notebook's first cell calls
/// <see cref="EnsureFSharpCore"/> and <see cref="LoadAsync"/> (or the host loads the extension),
/// after referencing the kit (see docs/notebooks.md).
/// </summary>
/// <remarks>
/// This type must not mention F# types in its signatures: <see cref="EnsureFSharpCore"/> has to
/// run before anything asks for FSharp.Core.
/// </remarks>
public static class CscKernel
{
    private static int _resolverInstalled;
    private static int _loaded;
    private static readonly Lock Gate = new();

    /// <summary>Ids of chart outputs in this session, so two identical charts never share a div id.</summary>
    public static HtmlIdScope SessionIds { get; } = new();

    /// <summary>How chart outputs get plotly.js. Default: inline once per session.</summary>
    public static PlotlyOutputMode PlotlyMode { get; set; } = PlotlyOutputMode.InlineOncePerSession;

    /// <summary>True once plotly.js was written into an output of this session.</summary>
    public static bool PlotlyJsEmitted { get; internal set; }

    /// <summary>
    /// Installs an AssemblyLoadContext.Default.Resolving handler that answers requests for
    /// FSharp.Core of any version with the FSharp.Core already loaded (the official kernel loads
    /// 10.0; Plotly.NET 6 and Deedle 8 ask for 10.1 and would fail with FileNotFoundException).
    /// Nothing else is resolved here: the kernel loads #r assemblies itself, and a second copy
    /// loaded from another context would not match the formatters' types. Safe to call
    /// more than once. Returns true when the handler was installed by this call.
    /// </summary>
    public static bool EnsureFSharpCore()
    {
        if (Interlocked.Exchange(ref _resolverInstalled, 1) == 1)
        {
            return false;
        }
        AssemblyLoadContext.Default.Resolving += Resolve;
        return true;
    }

    /// <summary>True when the resolver is installed.</summary>
    public static bool FSharpCoreResolverInstalled => Volatile.Read(ref _resolverInstalled) == 1;

    /// <summary>
    /// Loads the kit into a kernel: the resolver, then the HTML formatters (for every
    /// <see cref="IHtmlRenderable"/>, DataIssue lists and Plotly.NET charts). Idempotent.
    /// </summary>
    public static Task LoadAsync(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        EnsureFSharpCore();
        lock (Gate)
        {
            if (Interlocked.Exchange(ref _loaded, 1) == 0)
            {
                CscFormatters.Register();
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Starts a new output session: plotly.js will be emitted again and ids start afresh (the runner calls this per notebook).</summary>
    public static void ResetSession()
    {
        PlotlyJsEmitted = false;
        SessionIds.Clear();
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (string.Equals(name.Name, "FSharp.Core", StringComparison.Ordinal))
        {
            var loaded = AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => string.Equals(a.GetName().Name, "FSharp.Core", StringComparison.Ordinal))
                .OrderByDescending(a => a.GetName().Version)
                .FirstOrDefault();
            if (loaded is not null)
            {
                return loaded;
            }
        }
        return null;
    }
}

/// <summary>The kernel-extension convention (hosts that scan interactive-extensions/dotnet for IKernelExtension).</summary>
public sealed class CscKernelExtension : IKernelExtension
{
    /// <summary>Loads the kit into <paramref name="kernel"/> (see <see cref="CscKernel.LoadAsync"/>).</summary>
    public Task OnLoadAsync(Kernel kernel) => CscKernel.LoadAsync(kernel);
}
