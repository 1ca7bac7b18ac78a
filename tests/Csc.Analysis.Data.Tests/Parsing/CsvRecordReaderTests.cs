using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Tests.Parsing;

public sealed class CsvRecordReaderTests
{
    private static List<CsvRecord> ReadAll(string text)
    {
        using var r = new CsvRecordReader(new StringReader(text));
        var list = new List<CsvRecord>();
        while (r.Read() is { } rec)
        {
            list.Add(rec);
        }
        return list;
    }

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
    public void Read_TrailingBlankLines_AreBlankRecords()
    {
        var rows = ReadAll("a,b\n1,2\n\n\n");
        Assert.Equal(4, rows.Count);
        Assert.True(rows[2].IsBlank);
        Assert.True(rows[3].IsBlank);
    }

    [Fact]
    public void Read_UnterminatedQuote_IsFlagged()
    {
        var rows = ReadAll("a,b\n1,\"open\n2,3\n");
        Assert.True(rows[1].UnterminatedQuote);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void Read_EmptyTrailingField_IsKept()
        => Assert.Equal(["1", "", ""], ReadAll("1,,\n")[0].Fields);

    [Fact]
    public void Read_LongInput_StreamsAcrossBufferBoundaries()
    {
        var sb = new System.Text.StringBuilder("id,text\n");
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
}

public sealed class CsvTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" edge", "\" edge\"")]
    public void Quote_Rfc4180(string? field, string expected)
        => Assert.Equal(expected, CsvText.Quote(field));

    [Fact]
    public void WriteRow_ThenRead_RoundTrips()
    {
        var w = new StringWriter();
        string?[] fields = ["a,b", "say \"hi\"", null, "x\ny", "plain"];
        CsvText.WriteRow(w, fields);
        using var r = new CsvRecordReader(new StringReader(w.ToString()));
        Assert.Equal(["a,b", "say \"hi\"", "", "x\ny", "plain"], r.Read()!.Fields);
        Assert.Null(r.Read());
    }
}
