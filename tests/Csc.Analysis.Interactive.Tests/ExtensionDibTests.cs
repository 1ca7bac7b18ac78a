using Csc.Analysis.Interactive.Tests.Notebooks;

namespace Csc.Analysis.Interactive.Tests;

public sealed class ExtensionDibTests
{
    [Fact]
    public void ExtensionDib_InstallsResolverBeforeLoadingFormatters()
    {
        var root = OfficialKernel.RepoRoot();
        Assert.NotNull(root);
        var dib = File.ReadAllText(Path.Combine(root!, "src", "Csc.Analysis.Interactive", "extension.dib"));
        var ensure = dib.IndexOf("CscKernel.EnsureFSharpCore();", StringComparison.Ordinal);
        var load = dib.IndexOf("CscKernel.LoadAsync(Microsoft.DotNet.Interactive.Kernel.Root)", StringComparison.Ordinal);
        Assert.True(ensure >= 0 && load > ensure, "extension.dib must call EnsureFSharpCore() before LoadAsync(Kernel.Root)");
        Assert.StartsWith("#!meta", dib);
    }

    [Fact]
    public void CscKernelExtension_IsAKernelExtension()
    {
        Assert.True(typeof(Microsoft.DotNet.Interactive.IKernelExtension).IsAssignableFrom(typeof(CscKernelExtension)));
    }
}
