using System.Globalization;
using AngleSharp.Html.Parser;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Interactive.Publishing;
using Csc.Analysis.Interactive.Tests.Notebooks;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Interactive.Tests.Publishing;

/// <summary>The kit's notebooks published as the public edition on the sample (run, as publish --audience public does).</summary>
public sealed class PublicNotebooksFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("csc-public-nb-").FullName;

    public PublishResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
        => Result = await NotebookPublisher.PublishAsync(NotebookPublisher.FindNotebooks(KitNotebooks.Folder),
            new PublishOptions { OutputDirectory = Folder, DataPath = KitNotebooks.Data, Audience = Audience.Public, Environment = _ => null });

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
        return Task.CompletedTask;
    }
}

[Collection(NotebookCollection.Name)]
public sealed class PublicNotebooksTests(PublicNotebooksFixture fixture) : IClassFixture<PublicNotebooksFixture>
{
    private IEnumerable<string> Pages => Directory.EnumerateFiles(fixture.Folder, "*.html").Order(StringComparer.Ordinal);

    [Fact]
    public void EveryNotebookIsPublished()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("; ", fixture.Result.Notebooks.Where(n => n.Failure is not null).Select(n => $"{n.Title}: {n.Failure}")));
        Assert.Equal(KitNotebooks.Names.Length + 1, Pages.Count());
        Assert.Contains(fixture.Result.DataFiles, f => Path.GetFileName(f.Path) == "children.csv");
    }

    [Fact]
    public void NoPageHasAChildIdRecordIdWorkerCodePostcodeDateOfBirthOrFreeTextOfTheInput()
    {
        var values = SensitiveValues.FromCanonical(KitNotebooks.Data);
        var found = Pages.SelectMany(p => values.FindIn(File.ReadAllText(p).Replace(PageAssets.PlotlyJs, string.Empty, StringComparison.Ordinal))
            .Select(v => $"{Path.GetFileName(p)}: {v}")).ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void NoCountFrom1To5_InAnyCountColumn()
    {
        string[] countColumns = ["Numerator", "Denominator", "Number", "Count", "Open", "Open over 12 months", "Children"];
        var checkedCells = 0;
        foreach (var page in Pages)
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(page));
            foreach (var table in doc.QuerySelectorAll("table"))
            {
                var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
                foreach (var col in Enumerable.Range(0, headers.Count).Where(i => countColumns.Contains(headers[i])))
                {
                    foreach (var row in table.QuerySelectorAll("tbody tr"))
                    {
                        var text = row.Children.Length > col ? row.Children[col].TextContent : string.Empty;
                        checkedCells++;
                        Assert.False(double.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 5,
                            $"{Path.GetFileName(page)}, {table.QuerySelector("caption")?.TextContent}, {headers[col]}: {text}");
                    }
                }
            }
        }
        Assert.True(checkedCells > 100, $"{checkedCells} cells checked");
    }

    [Fact]
    public void PublicPages_AreNotMarkedInternal_AndWithholdTheChildLevelViews()
    {
        Assert.All(Pages, p => Assert.DoesNotContain(AudienceNames.InternalMarking, File.ReadAllText(p), StringComparison.Ordinal));
        var icpc = File.ReadAllText(Path.Combine(fixture.Folder, "02-icpc-timeliness-root-cause.html"));
        Assert.Contains("Not in the public edition", icpc, StringComparison.Ordinal);
    }
}
