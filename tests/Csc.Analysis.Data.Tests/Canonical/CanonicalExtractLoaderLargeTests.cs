using System.Diagnostics;
using System.Globalization;
using System.Text;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using Xunit.Abstractions;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>
/// The 1-million-row case of the broken-input corpus (issue 12, section 5), written to a temporary folder as it is
/// needed (60 MB; deleted afterwards). In the normal suite; <c>--filter Category!=Large</c> leaves it out.
/// </summary>
[Trait("Category", "Large")]
public sealed class CanonicalExtractLoaderLargeTests(ITestOutputHelper output)
{
    private const int Rows = 1_000_000;

    private static readonly string[] Sources = ["Police", "Schools", "Health", "Family", "Anonymous"];
    private static readonly string[] Outcomes = ["NFA", "EARLY_HELP", "REFERRAL", "SIGNPOST", "OTHER"];

    /// <summary>Writes contacts.csv: a header, <see cref="Rows"/> valid rows, then <paramref name="lastRow"/> (the bad one), streaming.</summary>
    internal static long WriteContacts(string path, string lastRow)
    {
        var first = new DateOnly(2014, 4, 1);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("contact_id,child_id,contact_date,source,brag_rating,outcome,team\n");
            Span<char> line = stackalloc char[96];
            for (var i = 1; i <= Rows; i++)
            {
                var date = first.AddDays(i % 1000);
                line.TryWrite(CultureInfo.InvariantCulture, $"K{i:0000000},C{i % 150_000:000000},{date:yyyy-MM-dd},{Sources[i % 5]},Amber,{Outcomes[i % 5]},MASH\n", out var n);
                w.Write(line[..n]);
            }
            w.Write(lastRow);
            w.Write('\n');
        }
        return new FileInfo(path).Length;
    }

    [Fact]
    public void MillionValidRowsThenOneBadRow_ExactlyThatRowIsRejected_OnLine1000002()
    {
        using var tmp = new TempFolder();
        var bytes = WriteContacts(tmp.File("contacts.csv"), "K1000001,C000001,2016-13-01,Police,Amber,REFERRAL,MASH");

        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var r = new CanonicalExtractLoader().Load(tmp.Path, new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes() - allocated;

        var error = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(
            new DataIssue(IssueSeverity.Error, "CAN_DATE_FORMAT", "contacts.csv", 1_000_002, "contact_date", "2016-13-01", "contact_date is not a real date: month 13 does not exist; expected yyyy-MM-dd or dd/MM/yyyy."),
            error);
        var file = Assert.Single(r.Files);
        Assert.Equal((1_000_001L, 1L, false), (file.Rows, file.Rejected, file.Unusable));
        Assert.Equal(Rows, r.Data.Contacts.Count);
        Assert.Equal(new Contact("K1000000", "C100000", new DateOnly(2014, 4, 1), "Police", BragRating.Amber, ContactOutcome.Nfa, "MASH"), r.Data.Contacts[^1]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"contacts.csv {bytes / 1e6:0.0} MB, {file.Rows} rows: loaded in {clock.Elapsed.TotalSeconds:0.00} s wall, {allocated / 1e6:0} MB allocated, managed heap after {GC.GetTotalMemory(false) / 1e6:0} MB"));
    }
}
