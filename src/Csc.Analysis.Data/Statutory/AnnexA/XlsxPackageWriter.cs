using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Csc.Analysis.Data.Statutory;

/// <summary>One worksheet to write: a name, a bold header row and rows of cells (string, DateOnly, int, double or null).</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Writes a minimal SpreadsheetML workbook (inline strings, dates as serial numbers styled
/// dd/mm/yyyy, a bold header) as a zip whose entries, order, timestamps and document
/// properties are fixed, so the same sheets always give the same bytes.
/// </summary>
internal static class XlsxPackageWriter
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The zip entries' timestamp: the earliest a zip can hold.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets, string title, DateTimeOffset documentTime)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, sheets, title, documentTime);
    }

    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets, string title, DateTimeOffset documentTime)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", w => ContentTypes(w, sheets.Count));
        Entry(zip, "_rels/.rels", RootRelationships);
        Entry(zip, "docProps/core.xml", w => CoreProperties(w, title, documentTime));
        Entry(zip, "docProps/app.xml", AppProperties);
        Entry(zip, "xl/workbook.xml", w => Workbook(w, sheets));
        Entry(zip, "xl/_rels/workbook.xml.rels", w => WorkbookRelationships(w, sheets.Count));
        Entry(zip, "xl/styles.xml", Styles);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", w => Worksheet(w, sheet));
        }
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> body)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var s = entry.Open();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.None };
        using var w = XmlWriter.Create(s, settings);
        w.WriteStartDocument(standalone: true);
        body(w);
        w.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter w, int sheetCount)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        void Default(string ext, string type)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", ext);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
        void Override(string part, string type)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (var i = 1; i <= sheetCount; i++)
        {
            Override($"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        Override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void RootRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", PackageRelNs);
        Relationship(w, "rId1", RelNs + "/officeDocument", "xl/workbook.xml");
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        Relationship(w, "rId3", RelNs + "/extended-properties", "docProps/app.xml");
        w.WriteEndElement();
    }

    private static void CoreProperties(XmlWriter w, string title, DateTimeOffset time)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("dc", "title", dc, title);
        w.WriteElementString("dc", "creator", dc, "Csc.Analysis");
        var stamp = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement("dcterms", name, dcterms);
            w.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            w.WriteString(stamp);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void AppProperties(XmlWriter w)
    {
        const string ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        w.WriteStartElement("Properties", ns);
        w.WriteElementString("Application", ns, "Csc.Analysis");
        w.WriteEndElement();
    }

    private static void Workbook(XmlWriter w, IReadOnlyList<XlsxSheet> sheets)
    {
        w.WriteStartElement("workbook", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("sheets", MainNs);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", MainNs);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WorkbookRelationships(XmlWriter w, int sheetCount)
    {
        w.WriteStartElement("Relationships", PackageRelNs);
        for (var i = 1; i <= sheetCount; i++)
        {
            Relationship(w, $"rId{i}", RelNs + "/worksheet", $"worksheets/sheet{i}.xml");
        }
        Relationship(w, $"rId{sheetCount + 1}", RelNs + "/styles", "styles.xml");
        w.WriteEndElement();
    }

    private static void Styles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", MainNs);
        w.WriteStartElement("numFmts", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("numFmt", MainNs);
        w.WriteAttributeString("numFmtId", "164");
        w.WriteAttributeString("formatCode", "dd/mm/yyyy");
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("fonts", MainNs);
        w.WriteAttributeString("count", "2");
        foreach (var bold in new[] { false, true })
        {
            w.WriteStartElement("font", MainNs);
            if (bold)
            {
                w.WriteElementString("b", MainNs, null);
            }
            w.WriteStartElement("sz", MainNs);
            w.WriteAttributeString("val", "11");
            w.WriteEndElement();
            w.WriteStartElement("name", MainNs);
            w.WriteAttributeString("val", "Calibri");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("fills", MainNs);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            w.WriteStartElement("fill", MainNs);
            w.WriteStartElement("patternFill", MainNs);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("borders", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("border", MainNs);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            w.WriteElementString(side, MainNs, null);
        }
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("cellStyleXfs", MainNs);
        w.WriteAttributeString("count", "1");
        Xf(w, "0", "0", withXfId: false);
        w.WriteEndElement();

        w.WriteStartElement("cellXfs", MainNs);
        w.WriteAttributeString("count", "3");
        Xf(w, "0", "0", withXfId: true);
        Xf(w, "164", "0", withXfId: true, applyNumberFormat: true);
        Xf(w, "0", "1", withXfId: true, applyFont: true);
        w.WriteEndElement();

        w.WriteStartElement("cellStyles", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", MainNs);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Xf(XmlWriter w, string numFmt, string font, bool withXfId, bool applyNumberFormat = false, bool applyFont = false)
    {
        w.WriteStartElement("xf", MainNs);
        w.WriteAttributeString("numFmtId", numFmt);
        w.WriteAttributeString("fontId", font);
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", "0");
        if (withXfId)
        {
            w.WriteAttributeString("xfId", "0");
        }
        if (applyNumberFormat)
        {
            w.WriteAttributeString("applyNumberFormat", "1");
        }
        if (applyFont)
        {
            w.WriteAttributeString("applyFont", "1");
        }
        w.WriteEndElement();
    }

    private static void Worksheet(XmlWriter w, XlsxSheet sheet)
    {
        w.WriteStartElement("worksheet", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        if (sheet.Header.Count > 0)
        {
            w.WriteStartElement("cols", MainNs);
            w.WriteStartElement("col", MainNs);
            w.WriteAttributeString("min", "1");
            w.WriteAttributeString("max", sheet.Header.Count.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", "20");
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteStartElement("sheetData", MainNs);
        Row(w, 1, [.. sheet.Header], header: true);
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            Row(w, i + 2, sheet.Rows[i], header: false);
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, int number, object?[] cells, bool header)
    {
        var r = number.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row", MainNs);
        w.WriteAttributeString("r", r);
        for (var c = 0; c < cells.Length; c++)
        {
            var value = cells[c];
            if (value is null || value is string { Length: 0 })
            {
                continue;
            }
            w.WriteStartElement("c", MainNs);
            w.WriteAttributeString("r", StatutoryValues.ColumnLetters(c) + r);
            switch (value)
            {
                case string s:
                    if (header)
                    {
                        w.WriteAttributeString("s", "2");
                    }
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is", MainNs);
                    w.WriteStartElement("t", MainNs);
                    var clean = XmlSafe(s);
                    if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
                    {
                        w.WriteAttributeString("xml", "space", null, "preserve");
                    }
                    w.WriteString(clean);
                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
                case DateOnly d:
                    w.WriteAttributeString("s", "1");
                    w.WriteElementString("v", MainNs, StatutoryValues.ToExcelSerial(d).ToString(CultureInfo.InvariantCulture));
                    break;
                case int i:
                    w.WriteElementString("v", MainNs, i.ToString(CultureInfo.InvariantCulture));
                    break;
                case double x:
                    w.WriteElementString("v", MainNs, x.ToString("R", CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(cells));
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot hold (control characters other than tab, newline and return).</summary>
    private static string XmlSafe(string s)
    {
        foreach (var ch in s)
        {
            if (!XmlConvert.IsXmlChar(ch) && !char.IsSurrogate(ch))
            {
                return new string([.. s.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]);
            }
        }
        return s;
    }
}
