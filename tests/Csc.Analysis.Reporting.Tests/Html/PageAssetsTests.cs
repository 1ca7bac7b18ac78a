using System.Security.Cryptography;
using System.Text;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class PageAssetsTests
{
    [Fact]
    public void PlotlyJs_IsTheCommittedBundle()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PageAssets.PlotlyJs)));
        Assert.Equal("f33191858012cf263ca873b819c5e7405538183fe3d0e1a6d7b3e577867bcc37", hash);
        Assert.StartsWith("/**\n* plotly.js v2.28.0", PageAssets.PlotlyJs);
    }

    [Fact]
    public void PlotlyJs_CanBeInlined()
    {
        Assert.DoesNotContain("</script", PageAssets.PlotlyJs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", PageAssets.PlotlyJs);
    }

    [Fact]
    public void PlotlyLicence_IsMit()
    {
        Assert.StartsWith("The MIT License (MIT)", PageAssets.PlotlyLicence);
        Assert.Contains("Plotly, Inc", PageAssets.PlotlyLicence);
    }
}
