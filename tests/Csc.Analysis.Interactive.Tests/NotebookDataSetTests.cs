using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using Csc.Analysis.Interactive.Tests.Notebooks;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Interactive.Tests;

public sealed class NotebookDataSetTests
{
    private static string Html(IHtmlRenderable r) => HtmlFragment.Render(r).Markup;

    [Fact]
    public void Open_Sample_NoMonth_ChoosesTheMonthTheReportChoosesAndTheFoldersConfig()
    {
        // The sample is extracted on 31 May 2017, so May 2017 is its last complete month.
        var ds = NotebookDataSet.Open(KitNotebooks.Data);
        Assert.Equal(new ReportingMonth(2017, 5), ds.Month);
        Assert.Equal(ds.Month, ds.Set.Month);
        Assert.Equal(KpiConfigOrigin.DataFolder, ds.Set.ConfigOrigin);
        Assert.Equal(311, ds.Config.LaCode);
        Assert.Same(ds.Set.Data, ds.Model.Load.Data);
        Assert.Contains("found in the data folder", Html(ds));
    }

    [Fact]
    public void Open_MonthGiven_BuildsThatMonth()
    {
        var ds = NotebookDataSet.Open(KitNotebooks.Data, "2017-04");
        Assert.Equal(new ReportingMonth(2017, 4), ds.Month);
    }

    [Fact]
    public void Open_StatutoryFile_UsesTheBuiltInCatalogueAndSaysSo()
    {
        var file = Path.Combine(KitNotebooks.Root, "tests", "Csc.Analysis.Data.Tests", "TestData", "statutory", "cin-census", "CIN_Census_2026.xml");
        var ds = NotebookDataSet.Open(file, " ");
        Assert.Equal(DataFormat.CinCensus, ds.Load.Format);
        Assert.Equal(KpiConfigOrigin.BuiltIn, ds.Set.ConfigOrigin);
        Assert.Contains("the built-in catalogue", Html(ds));
    }
}
