using System.IO.Compression;
using System.Text;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

/// <summary>Workbooks built to hurt, made by hand as zip files so that no writer of ours shapes them.</summary>
public sealed class XlsxGuardTests
{
    private static string NewPath() => Path.Combine(NewTempFolder(), "annex.xlsx");

    /// <summary>A minimal valid workbook with one sheet "List 1" whose sheet XML is <paramref name="sheetData"/>, plus extra entries.</summary>
    private static string Workbook(string sheetData, params (string Name, Action<Stream> Write)[] extra)
    {
        var path = NewPath();
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Text(string name, string text)
        {
            using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            s.Write(Encoding.UTF8.GetBytes(text));
        }
        Text("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Text("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Text("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Text("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        Text("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetData}</sheetData></worksheet>""");
        foreach (var (name, write) in extra)
        {
            using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            write(s);
        }
        return path;
    }

    private static void Zeros(Stream s, long bytes)
    {
        var block = new byte[64 * 1024];
        for (long done = 0; done < bytes; done += block.Length)
        {
            s.Write(block, 0, (int)Math.Min(block.Length, bytes - done));
        }
    }

    private static DataIssue Refused(string path)
    {
        var result = new AnnexALoader().Load(path, LoadOptions.Default);
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(StatutoryRules.FileUnreadable, issue.RuleId);
        return issue;
    }

    [Fact]
    public void MinimalWorkbook_IsAccepted()
        => Assert.Null(XlsxGuard.Refusal(Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>Child ID</t></is></c></row>""")));

    [Fact]
    public void HighlyCompressedPart_IsRefusedAsAZipBomb()
    {
        var path = Workbook(string.Empty, ("xl/media/bomb.bin", s => Zeros(s, 8L * 1024 * 1024)));
        Assert.Contains("possible zip bomb", Refused(path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyPartsExpandingPastTheCap_AreRefused()
    {
        // Parts just under the ratio check, 260 of them: 260 MiB in all, more than the 256 MiB cap.
        var parts = Enumerable.Range(0, 260).Select(i => ($"xl/media/p{i}.bin", (Action<Stream>)(s => Zeros(s, XlsxGuard.RatioCheckedAbove)))).ToArray();
        var path = Workbook(string.Empty, parts);
        Assert.Contains("expands to more than 256 MiB", Refused(path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedWorkbook_IsNamedAsSuch_NotCorrupted()
    {
        var path = NewPath();
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]]);
        var reason = Refused(path).Reason;
        Assert.StartsWith("The workbook is password-protected (encrypted)", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("corrupt", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OldXlsFile_IsNamedAsSuch()
    {
        var path = NewPath();
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]]);
        Assert.StartsWith("The file is an old Excel 97-2003 workbook (.xls)", Refused(path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RowBeyondExcelsLimit_StopsTheSheetWithAnError()
    {
        var path = Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="1048577"><c r="A1" t="inlineStr"><is><t>y</t></is></c></row>""");
        Assert.Null(XlsxGuard.Refusal(path));
        var result = new AnnexALoader().Load(path, LoadOptions.Default);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error && i.Reason.Contains("beyond Excel's limit of 1,048,576 rows", StringComparison.Ordinal));
    }

    [Fact]
    public void NotAZipAtAll_IsOneMessage()
    {
        var path = NewPath();
        File.WriteAllText(path, "child_id,name\n1,x\n");
        Assert.Contains("not a readable .xlsx workbook", Refused(path).Reason, StringComparison.Ordinal);
    }
}
