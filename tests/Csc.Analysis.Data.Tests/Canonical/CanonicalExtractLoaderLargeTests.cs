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

    /// <summary>
    /// Writes contacts.csv, streaming: a header, <paramref name="rows"/> valid rows (contact K{i} on line i + 1), then
    /// <paramref name="lastRow"/> when given; the source of the row on line <paramref name="strayQuoteLine"/> opens a quote it never closes.
    /// </summary>
    internal static long WriteContacts(string path, int rows, string? lastRow, long strayQuoteLine = 0)
    {
        var first = new DateOnly(2014, 4, 1);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("contact_id,child_id,contact_date,source,brag_rating,outcome,team\n");
            Span<char> line = stackalloc char[96];
            for (var i = 1; i <= rows; i++)
            {
                var date = first.AddDays(i % 1000);
                var quote = i + 1 == strayQuoteLine ? "\"" : string.Empty;
                line.TryWrite(CultureInfo.InvariantCulture, $"K{i:0000000},C{i % 150_000:000000},{date:yyyy-MM-dd},{quote}{Sources[i % 5]},Amber,{Outcomes[i % 5]},MASH\n", out var n);
                w.Write(line[..n]);
            }
            if (lastRow is not null)
            {
                w.Write(lastRow);
                w.Write('\n');
            }
        }
        return new FileInfo(path).Length;
    }

    [Fact]
    public void MillionValidRowsThenOneBadRow_ExactlyThatRowIsRejected_OnLine1000002()
    {
        using var tmp = new TempFolder();
        var bytes = WriteContacts(tmp.File("contacts.csv"), Rows, "K1000001,C000001,2016-13-01,Police,Amber,REFERRAL,MASH");

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

    [Fact]
    public void StrayQuoteOnLine100Of200000_CostsThatLineOnly_TheRecordIsCutAt1MiB()
    {
        // The quote on line 100 is never closed: the record would run to the end of the 11 MB file. It is cut at 1 MiB,
        // rejected, and reading resumes on line 101, so the other 199,999 rows load and memory stays bounded.
        using var tmp = new TempFolder();
        WriteContacts(tmp.File("contacts.csv"), 200_000, null, strayQuoteLine: 100);
        var r = new CanonicalExtractLoader().Load(tmp.Path, new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });
        Assert.Equal(
            new DataIssue(IssueSeverity.Error, "CAN_RECORD_TOO_LONG", "contacts.csv", 100, null, null,
                "the record starting on this line runs on past 1 MB without ending (a quote that is never closed, or a file that is not text); this line is skipped and reading resumes on the next line."),
            Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error));
        var file = Assert.Single(r.Files);
        Assert.Equal((200_000L, 1L), (file.Rows, file.Rejected));
        Assert.Equal(199_999, r.Data.Contacts.Count);
        Assert.Equal(["K0000098", "K0000100"], r.Data.Contacts.Skip(97).Take(2).Select(c => c.ContactId));
    }
}
