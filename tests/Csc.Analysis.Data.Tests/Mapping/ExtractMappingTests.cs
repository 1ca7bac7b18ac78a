using System.Text;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Mapping;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Data.Tests.Mapping;

/// <summary>
/// A council's own export read through a column mapping: data-samples rewritten in the test as a messy case-management
/// export (other headers in another order, other code labels, dd/MM/yyyy dates, extra columns) gives the CSV folder's
/// KPI table; bad rows and a bad mapping are located issues.
/// </summary>
public sealed class ExtractMappingTests
{
    private static readonly string Sample = RepositoryPaths.Of("data-samples", "havering-like");

    /// <summary>The export's own headers for some columns (as a Liquidlogic-style report names them); the others are Title Case.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Headers = new()
    {
        ["contacts"] = new() { ["contact_id"] = "Contact ID", ["child_id"] = "Person ID", ["contact_date"] = "Contact Start Date", ["source"] = "Contact Source",
            ["brag_rating"] = "BRAG Rating", ["outcome"] = "Contact Outcome", ["team"] = "Team Name" },
        ["referrals"] = new() { ["referral_id"] = "Referral Ref", ["child_id"] = "Person ID", ["referral_date"] = "Date of Referral", ["nfa"] = "NFA?" },
        ["children"] = new() { ["child_id"] = "Person ID", ["date_of_birth"] = "DOB", ["sex"] = "Gender" },
    };

    /// <summary>The export's labels for codes, and the canonical code each stands for.</summary>
    private static readonly Dictionary<(string Table, string Column), Dictionary<string, string>> Labels = new()
    {
        [("contacts", "outcome")] = new() { ["No Further Action"] = "NFA", ["Referral to Children's Social Care"] = "REFERRAL", ["Early Help"] = "EARLY_HELP",
            ["Signposted"] = "SIGNPOST", ["Other"] = "OTHER" },
        [("contacts", "brag_rating")] = new() { ["Blue - Universal"] = "Blue", ["Green - Low"] = "Green", ["Amber - Medium"] = "Amber", ["Red - High"] = "Red" },
        [("referrals", "nfa")] = new() { ["True"] = "Y", ["False"] = "N" },
        [("children", "sex")] = new() { ["Male"] = "M", ["Female"] = "F" },
    };

    private static string HeaderOf(string table, string column)
        => Headers.TryGetValue(table, out var h) && h.TryGetValue(column, out var name) ? name
            : string.Join(' ', column.Split('_').Select(w => w == "id" ? "ID" : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string? Messy(string table, string column, string? value)
    {
        if (value is null or "")
        {
            return value;
        }
        if (Labels.TryGetValue((table, column), out var labels))
        {
            return labels.FirstOrDefault(l => l.Value == value).Key ?? value;
        }
        return CanonicalSchema.KindOf(column) switch
        {
            CanonicalColumnKind.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            CanonicalColumnKind.DateTime => DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    /// <summary>Writes every sample table as a messy export (columns reversed, two extra columns first) and the JSON mapping for it.</summary>
    private static string WriteMessyExport(string folder)
    {
        var json = new StringBuilder("{\n  // A Liquidlogic-style report export of the sample council\n  \"date_formats\": [\"dd/MM/yyyy\", \"dd/MM/yyyy HH:mm\"],\n  \"tables\": {\n");
        var first = true;
        foreach (var csvPath in Directory.EnumerateFiles(Sample, "*.csv").Order(StringComparer.Ordinal))
        {
            var table = Path.GetFileNameWithoutExtension(csvPath);
            using var input = CsvInput.Open(csvPath);
            input.Read();
            var header = input.Fields();
            var order = Enumerable.Range(0, header.Length).Reverse().ToArray();
            var file = $"LL_{table}_export.csv";
            CsvOutput.Write(Path.Combine(folder, file), CsvAudience.Program, csv =>
            {
                csv.Row(["Record Created By", "Notes", .. order.Select(i => HeaderOf(table, header[i]))]);
                while (input.Read())
                {
                    csv.Text("SYSTEM").Text("exported, see notes; \"quoted\"");
                    foreach (var i in order)
                    {
                        csv.Text(Messy(table, header[i], input.Text(i)));
                    }
                    csv.EndRow();
                }
            });
            json.Append(first ? string.Empty : ",\n").Append($"    \"{table}\": {{\n      \"file\": \"{file}\",\n      \"columns\": {{\n");
            json.Append(string.Join(",\n", header.Select(c => $"        \"{c}\": \"{HeaderOf(table, c).Replace("\"", "\\\"", StringComparison.Ordinal)}\""))).Append("\n      }");
            var maps = Labels.Where(l => l.Key.Table == table).ToList();
            if (maps.Count > 0)
            {
                json.Append(",\n      \"values\": {\n").Append(string.Join(",\n", maps.Select(m =>
                    $"        \"{m.Key.Column}\": {{ {string.Join(", ", m.Value.Select(kv => $"\"{kv.Key.Replace("'", "'", StringComparison.Ordinal)}\": \"{kv.Value}\""))} }}"))).Append("\n      }");
            }
            json.Append("\n    }");
            first = false;
        }
        json.Append("\n  }\n}\n");
        var mapping = Path.Combine(folder, "mapping.json");
        File.WriteAllText(mapping, json.ToString());
        return mapping;
    }

    private static IReadOnlyList<string> KpiRows(CaseData data)
    {
        var results = KpiEngine.Compute(data, new KpiEngineOptions());
        using var text = new StringWriter();
        KpiTable.WriteCsv(results, text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void MessyExport_ThroughTheMapping_GivesTheCsvKpiTable()
    {
        using var tmp = new TempFolder();
        var mappingPath = WriteMessyExport(tmp.Path);
        var csv = CaseDataLoader.Load(Sample, DataFormat.Canonical);

        var mapping = ExtractMapping.Load(mappingPath);
        Assert.Empty(mapping.Problems);
        var load = CanonicalExtractLoader.Load(mapping, LoadOptions.Default);

        Assert.True(load.ErrorCount == csv.ErrorCount, string.Join("\n", load.Issues.Where(i => i.Severity == IssueSeverity.Error).Take(5)));
        Assert.Equal(csv.Data.Contacts, load.Data.Contacts);
        Assert.Equal(csv.Data.MissingEpisodes, load.Data.MissingEpisodes);
        Assert.Equal(csv.Data.Supplied!.Tables.Order(), load.Data.Supplied!.Tables.Order());
        Assert.Equal(csv.Data.Supplied!.Fields.Order(), load.Data.Supplied!.Fields.Order());
        Assert.Equal(KpiRows(csv.Data), KpiRows(load.Data));
        Assert.DoesNotContain(load.Issues, i => i.RuleId == CanonicalRules.MappingUnmappedValue);
        Assert.Contains(load.Files, f => Path.GetFileName(f.Path) == "LL_contacts_export.csv" && f.Rows == csv.Data.Contacts.Count && f.Rejected == 0);
    }

    private const string BadMapping = """
        {
          "tables": {
            "contacts": {
              "file": "contacts.csv",
              "columns": {
                "contact_id": "Contact ID",
                "child_id": "Person ID",
                "contact_date": "Contact Date",
                "outcome": "Outcome",
                "brag": "BRAG",
                "team": "Team Name"
              },
              "values": {
                "outcome": { "No Further Action": "NFA", "Strategy Discussion": "S47" }
              },
              "constants": { "source": "Police" },
              "date_formats": ["dd/MM/yyyy", "dd/MM/yyy"]
            },
            "referral": { "file": "referrals.csv" },
            "cp_plans": { "file": "no_such_file.csv", "columns": { "cp_plan_id": "Plan ID" } },
            "children": { "file": "children.csv", "columns": { "sex": "Gender" } }
          }
        }
        """;

    private const string MessyContacts = """
        Contact ID,Person ID,Contact Date,Outcome,Team Name,Worker Notes
        CT1,C1,01/04/2016,No Further Action,MASH,first
        CT2,C1,31/04/2016,No Further Action,MASH,a day that does not exist
        CT3,C2,02/04/2016,Strategy Discussion,MASH,a label with no mapping
        CT4,,03/04/2016,Referred to CSC,MASH,no person
        CT5,C2,04/04/2016,Strategy Discussion,MASH
        CT6,C2,2016-04-05,REFERRAL,MASH,already canonical

        """;

    [Fact]
    public void BadMappingAndBadRows_AreLocatedInTheMappingAndTheSourceFile()
    {
        using var tmp = new TempFolder();
        tmp.Write("mapping.json", BadMapping);
        tmp.Write("contacts.csv", MessyContacts.Replace("\n", "\r\n", StringComparison.Ordinal));
        tmp.Write("children.csv", "Gender\nM\n");

        var mapping = ExtractMapping.Load(tmp.File("mapping.json"));
        var problems = mapping.Problems.Select(p => (p.Line, p.Column, p.Value)).ToList();

        Assert.All(mapping.Problems, p => Assert.Equal(("mapping.json", CanonicalRules.MappingInvalid), (p.File, p.RuleId)));
        Assert.Contains((10L, "brag", (string?)null), problems);                           // unknown column
        Assert.Contains((14L, "outcome", (string?)"Strategy Discussion"), problems);        // S47 is not a contact outcome
        Assert.Contains((17L, (string?)null, (string?)"dd/MM/yyy"), problems);               // a format that cannot read a date back
        Assert.Contains((19L, (string?)null, (string?)"referral"), problems);                // unknown table
        Assert.Contains((20L, "file", (string?)"no_such_file.csv"), problems);              // no such source file
        Assert.True(problems.Contains((21L, "child_id", null)), string.Join("\n", mapping.Problems)); // required column unmapped
        Assert.Contains("unknown table 'referral'; the canonical tables are children, contacts,", mapping.Problems.Single(p => p.Line == 19).Reason);
        Assert.Equal(["contacts"], mapping.Tables.Select(t => CanonicalDuckDb.TableName(t.Table)));

        var load = CanonicalExtractLoader.Load(mapping, LoadOptions.Default);

        Assert.Equal(["CT1", "CT6"], load.Data.Contacts.Select(c => c.ContactId));
        Assert.Equal(new DateOnly(2016, 4, 1), load.Data.Contacts[0].ContactDate);
        Assert.Equal("Police", load.Data.Contacts[0].Source);
        Assert.Equal(ContactOutcome.Referral, load.Data.Contacts[1].Outcome);
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_DATE_FORMAT", File: "contacts.csv", Line: 3, Column: "Contact Date", Value: "31/04/2016" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_UNKNOWN_CODE", File: "contacts.csv", Line: 4, Column: "Outcome", Value: "Strategy Discussion" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_UNKNOWN_CODE", File: "contacts.csv", Line: 5, Column: "Outcome", Value: "Referred to CSC" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_MISSING_VALUE", File: "contacts.csv", Line: 5, Column: "Person ID" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_FIELD_COUNT", File: "contacts.csv", Line: 6 });
        var unmapped = load.Issues.Where(i => i.RuleId == CanonicalRules.MappingUnmappedValue).ToList();
        Assert.Equal([("Referred to CSC", 5L), ("Strategy Discussion", 4L)], unmapped.Select(i => (i.Value!, i.Line!.Value)));
        Assert.Contains("(1 row, first on this line)", unmapped[0].Reason);
        Assert.All(unmapped, i => Assert.Equal("Outcome", i.Column));
        var file = Assert.Single(load.Files);
        Assert.Equal((6L, 4L), (file.Rows, file.Rejected));
    }

    [Fact]
    public void MappingThatIsNotJson_NamesTheLine()
    {
        using var tmp = new TempFolder();
        tmp.Write("mapping.json", "{\n  \"tables\": {\n    \"contacts\": { \"file\": \"x.csv\" \n  }\n");
        var ex = Assert.Throws<DataLoadException>(() => ExtractMapping.Load(tmp.File("mapping.json")));
        Assert.StartsWith("mapping.json line ", ex.Message);

        tmp.Write("list.json", "[1, 2]");
        Assert.Equal("list.json line 1: a mapping is a JSON object with a \"tables\" object (one member per canonical table: children, contacts, ...).",
            Assert.Throws<DataLoadException>(() => ExtractMapping.Load(tmp.File("list.json"))).Message);
    }

    [Fact]
    public void SourceColumnNotInTheHeader_IsLocatedInTheSourceFile()
    {
        using var tmp = new TempFolder();
        tmp.Write("mapping.json", """
            {
              "tables": {
                "children": { "file": "people.csv", "columns": { "child_id": "Person ID", "date_of_birth": "Date of Birth" } }
              }
            }
            """);
        tmp.Write("people.csv", "Person ID,DOB\nC1,01/01/2010\n");
        var load = CanonicalExtractLoader.Load(ExtractMapping.Load(tmp.File("mapping.json")), LoadOptions.Default);
        var issue = Assert.Single(load.Issues, i => i.RuleId == CanonicalRules.MappingSourceColumn);
        Assert.Equal(("people.csv", 1L, "Date of Birth"), (issue.File, issue.Line!.Value, issue.Column!));
        Assert.Contains("mapping.json line 3 reads date_of_birth from 'Date of Birth', which is not in the header (Person ID, DOB)", issue.Reason);
        Assert.Equal("C1", Assert.Single(load.Data.Children).ChildId);
    }

    [Fact]
    public void CouncilColumn_MappedOrConstant_TagsEveryRowWithItsCouncil()
    {
        using var tmp = new TempFolder();
        tmp.Write("mapping.yaml", """
            date_formats: [dd/MM/yyyy]
            tables:
              children:
                file: people.csv
                columns:
                  la_code: Local Authority
                  child_id: Person ID
              referrals:
                file: referrals.csv
                columns:
                  referral_id: Referral ID
                  child_id: Person ID
                  referral_date: Referral Date
                  la_code: LA
                values:
                  la_code:
                    Havering: "311"
                    Barking: "301"
            """);
        tmp.Write("people.csv", "Person ID,Local Authority\nC1,311\nC1,301\nC2,Nowhere\n");
        tmp.Write("referrals.csv", "Referral ID,Person ID,Referral Date,LA\nR1,C1,02/03/2017,Havering\nR1,C1,03/03/2017,Barking\n");
        var mapping = ExtractMapping.Load(tmp.File("mapping.yaml"));
        Assert.Empty(mapping.Problems);
        var load = CanonicalExtractLoader.Load(mapping, LoadOptions.Default);
        var (havering, barking) = (CouncilCode.Parse("311"), CouncilCode.Parse("301"));
        // The same ids in two councils are two children and two referrals; the code a label maps to is the row's council.
        Assert.Equal([havering, barking], load.Data.Children.Select(c => c.Council));
        Assert.Equal([(havering, new DateOnly(2017, 3, 2)), (barking, new DateOnly(2017, 3, 3))], load.Data.Referrals.Select(r => (r.Council, r.ReferralDate)));
        // A value that is no council code is located in the source file and its column.
        var bad = Assert.Single(load.Issues, i => i.RuleId == CanonicalRules.CouncilCode);
        Assert.Equal(("people.csv", 4L, "Local Authority", "Nowhere"), (bad.File, bad.Line!.Value, bad.Column!, bad.Value!));

        // One council's export: la_code as a constant.
        tmp.Write("one.json", """{ "tables": { "children": { "file": "people1.csv", "columns": { "child_id": "Person ID" }, "constants": { "la_code": "E06000001" } } } }""");
        tmp.Write("people1.csv", "Person ID\nC9\n");
        var one = CanonicalExtractLoader.Load(ExtractMapping.Load(tmp.File("one.json")), LoadOptions.Default);
        Assert.Equal(CouncilCode.Parse("E06000001"), Assert.Single(one.Data.Children).Council);
    }

    [Fact]
    public void YamlMapping_ReadsLikeJson_WithItsLines()
    {
        using var tmp = new TempFolder();
        tmp.Write("mapping.yaml", """
            # A Mosaic-style export
            date_formats: [dd/MM/yyyy, dd/MM/yyyy HH:mm]
            tables:
              contacts:
                file: contacts.csv
                columns:
                  contact_id: Contact ID
                  child_id: Person ID
                  contact_date: Contact Date
                  outcome: Outcome
                  team: Team Name
                  brag: BRAG
                values:
                  outcome:
                    No Further Action: NFA
                    "Strategy Discussion": S47
                constants:
                  source: Police
              referral:
                file: referrals.csv
            """);
        tmp.Write("contacts.csv", MessyContacts);

        var mapping = ExtractMapping.Load(tmp.File("mapping.yaml"));

        Assert.Equal([(12L, "brag", (string?)null), (16L, "outcome", "Strategy Discussion"), (19L, null, "referral")],
            mapping.Problems.Select(p => (p.Line!.Value, p.Column, p.Value)).OrderBy(p => p.Item1));
        var load = CanonicalExtractLoader.Load(mapping, LoadOptions.Default);
        Assert.Equal(["CT1", "CT6"], load.Data.Contacts.Select(c => c.ContactId));
        Assert.Equal(("Police", ContactOutcome.Nfa), (load.Data.Contacts[0].Source, load.Data.Contacts[0].Outcome));
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_DATE_FORMAT", File: "contacts.csv", Line: 3, Column: "Contact Date", Value: "31/04/2016" });

        tmp.Write("broken.yml", "tables:\n  contacts: [unclosed\n");
        Assert.StartsWith("broken.yml line ", Assert.Throws<DataLoadException>(() => ExtractMapping.Load(tmp.File("broken.yml"))).Message);
    }

    [Fact]
    public void WorkbookSheet_ReadsDateCellsAndText_AndAMissingSheetIsAnError()
    {
        using var tmp = new TempFolder();
        Csc.Analysis.Xlsx.XlsxWriter.Write(tmp.File("export.xlsx"),
        [
            new Csc.Analysis.Xlsx.XlsxSheet { Name = "Notes", Rows = [["exported 2016-05-01"]] },
            new Csc.Analysis.Xlsx.XlsxSheet
            {
                Name = "Contacts",
                Rows =
                [
                    ["Contact ID", "Person ID", "Contact Date", "Outcome", "Team"],
                    ["CT1", "C1", new DateOnly(2016, 2, 29), "No Further Action", "MASH"],
                    ["CT2", "C1", "01/03/2016", "Referral to CSC", "MASH"],
                    ["CT3", "C1", 12345.5, "Unheard of", "MASH"],
                ],
            },
        ], "export", new DateTimeOffset(2016, 5, 1, 0, 0, 0, TimeSpan.Zero));
        tmp.Write("mapping.json", """
            {
              "date_formats": ["dd/MM/yyyy"],
              "tables": {
                "contacts": {
                  "file": "export.xlsx", "sheet": "Contacts",
                  "columns": { "contact_id": "Contact ID", "child_id": "Person ID", "contact_date": "Contact Date", "outcome": "Outcome", "team": "Team" },
                  "values": { "outcome": { "No Further Action": "NFA", "Referral to CSC": "REFERRAL" } }
                },
                "children": { "file": "export.xlsx", "sheet": "People", "columns": { "child_id": "Person ID" } }
              }
            }
            """);

        var load = CanonicalExtractLoader.Load(ExtractMapping.Load(tmp.File("mapping.json")), LoadOptions.Default);

        Assert.Equal([("CT1", new DateOnly(2016, 2, 29)), ("CT2", new DateOnly(2016, 3, 1))], load.Data.Contacts.Select(c => (c.ContactId, c.ContactDate)));
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_UNKNOWN_CODE", File: "export.xlsx [Contacts]", Line: 4, Column: "Outcome", Value: "Unheard of" });
        var missing = Assert.Single(load.Issues, i => i.RuleId == CanonicalRules.TableUnreadable);
        Assert.Equal("export.xlsx [People]", missing.File);
        Assert.Contains("the workbook has no sheet 'People'; its sheets are Notes, Contacts.", missing.Reason);
    }

    [Fact]
    public void SemicolonExport_ReadsWithItsDelimiter_AndAnUnknownDelimiterIsLocated()
    {
        using var tmp = new TempFolder();
        tmp.Write("contacts.csv", "Contact ID;Person ID;Contact Date;Outcome\nCT1;C1;01/04/2016;NFA\nCT2;C1;\"02/04/2016\";\"REFERRAL\"\n");
        tmp.Write("mapping.json", """
            {
              "tables": {
                "contacts": { "file": "contacts.csv", "delimiter": ";",
                  "columns": { "contact_id": "Contact ID", "child_id": "Person ID", "contact_date": "Contact Date", "outcome": "Outcome" } },
                "children": { "file": "contacts.csv", "delimiter": "::", "columns": { "child_id": "Person ID" } }
              }
            }
            """);
        var mapping = ExtractMapping.Load(tmp.File("mapping.json"));
        var problem = Assert.Single(mapping.Problems);
        Assert.Equal((5L, "delimiter", "::"), (problem.Line!.Value, problem.Column, problem.Value));
        var load = CanonicalExtractLoader.Load(mapping, LoadOptions.Default);
        Assert.Equal([("CT1", new DateOnly(2016, 4, 1)), ("CT2", new DateOnly(2016, 4, 2))], load.Data.Contacts.Select(c => (c.ContactId, c.ContactDate)));
    }
}
