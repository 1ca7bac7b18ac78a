using System.Text;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Tests.Parsing;

public sealed class CsvInputTests
{
    private sealed record Rec(long Line, string[] Fields, bool Unterminated, bool Blank);

    private static List<Rec> ReadAll(byte[] bytes, bool allowLineBreaksInQuotes = true)
    {
        using var r = CsvInput.Open(new MemoryStream(bytes), options: new CsvInputOptions { QuotedLineBreaks = allowLineBreaksInQuotes });
        var list = new List<Rec>();
        while (r.Read())
        {
            list.Add(new Rec(r.Line, r.Fields(), r.UnterminatedQuote, r.IsBlank));
        }
        return list;
    }

    private static List<Rec> ReadAll(string text) => ReadAll(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Read_QuotedFieldWithNewlines_KeepsPhysicalLineOfRowStart()
    {
        var rows = ReadAll("a,b\r\n1,\"x\r\ny\nz\"\r\n2,\"he said \"\"hi\"\"\"\r\n3,c");
        Assert.Equal([1L, 2L, 5L, 6L], rows.Select(r => r.Line));
        Assert.Equal("x\ny\nz", rows[1].Fields[1]);
        Assert.Equal("he said \"hi\"", rows[2].Fields[1]);
        Assert.Equal(["3", "c"], rows[3].Fields);
    }

    [Fact]
    public void Read_EmptyLines_ArePassedOverButCounted()
    {
        var rows = ReadAll("a,b\n\n1,2\n,\n\n");
        Assert.Equal([1L, 3L, 4L], rows.Select(r => r.Line));
        Assert.True(rows[2].Blank);
        Assert.False(rows[1].Blank);
    }

    [Fact]
    public void Read_UnterminatedQuote_IsFlaggedOnTheLineItStarts()
    {
        var rows = ReadAll("a,b\n1,\"open\n2,3\n");
        Assert.Equal(2, rows.Count);
        Assert.True(rows[1].Unterminated);
        Assert.Equal(2, rows[1].Line);
        Assert.False(rows[0].Unterminated);
    }

    [Fact]
    public void Read_QuotesThatMustEndOnTheirLine_EndAtTheLineBreak()
    {
        using var r = CsvInput.Open(new MemoryStream("a,b\n1,\"open\n2,3\n"u8.ToArray()), options: new CsvInputOptions { QuotedLineBreaks = false });
        Assert.True(r.Read());
        Assert.True(r.Read());
        Assert.True(r.QuoteOpenAtLineEnd);
        Assert.True(r.Read());
        Assert.False(r.QuoteOpenAtLineEnd);
        Assert.Equal(["2", "3"], r.Fields());
        Assert.Equal(3, r.Line);
    }

    [Fact]
    public void Read_EmptyTrailingField_IsKept()
        => Assert.Equal(["1", "", ""], ReadAll("1,,\n")[0].Fields);

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped_AndUtf16IsDecoded()
    {
        Assert.Equal(["a", "b"], ReadAll([0xEF, 0xBB, 0xBF, .. "a,b\n"u8])[0].Fields);
        var utf16 = ReadAll([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("a,b\r\n1,é\r\n")]);
        Assert.Equal(["1", "é"], utf16[1].Fields);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_AreReplacedAndReported()
    {
        using var r = CsvInput.Open(new MemoryStream([.. "a,b\n1,caf"u8, 0xE9, .. "\n2,3\n"u8]));
        Assert.True(r.Read());
        Assert.False(r.HasReplacementCharacter);
        Assert.True(r.Read());
        Assert.True(r.HasReplacementCharacter);
        Assert.Equal("caf\uFFFD", r.Text(1));
        Assert.True(r.Read());
        Assert.False(r.HasReplacementCharacter);
    }

    [Fact]
    public void Read_LongInput_StreamsAcrossBufferBoundaries()
    {
        var sb = new StringBuilder("id,text\n");
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append(i).Append(",\"line one\nline two\"\n");
        }
        var rows = ReadAll(sb.ToString());
        Assert.Equal(20_001, rows.Count);
        // row i (0-based data row) starts on physical line 2 + 2i.
        Assert.Equal(2 + (2 * 19_999), rows[^1].Line);
        Assert.Equal("line one\nline two", rows[^1].Fields[1]);
    }

    [Fact]
    public void Field_OutsideTheRecord_Throws()
    {
        using var r = CsvInput.Open(new MemoryStream("a,b\n"u8.ToArray()));
        Assert.True(r.Read());
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Text(2));
    }

    [Fact]
    public void WrittenByCsvOutput_ReadsBack()
    {
        string?[] fields = ["a,b", "say \"hi\"", null, "x\ny", " edge ", "plain"];
        var text = CsvOutput.ToText(CsvAudience.Program, csv => csv.Row(fields));
        var rows = ReadAll(text);
        Assert.Single(rows);
        Assert.Equal(["a,b", "say \"hi\"", "", "x\ny", " edge ", "plain"], rows[0].Fields);
    }
}
