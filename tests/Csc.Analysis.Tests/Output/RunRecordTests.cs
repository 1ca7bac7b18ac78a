using System.Text.Json;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Output;

namespace Csc.Analysis.Tests.Output;

public sealed class RunRecordTests
{
    [Fact]
    public void Redact_ConnectionStringsAndKeys_ButNotTheFilesOrVariablesThatHoldThem()
    {
        string[] args =
        [
            "report", "--data", "ssd", "--provider", "postgresql", "--connection-env", "CSC_DB", "--connection-file", "secret.txt",
            "--key", "hunter2", "--password=hunter3", "Host=db;Username=u;Password=hunter4", "--key-file", "k.bin", "--token", "abc",
        ];
        var redacted = RunRecord.Redact(args);
        Assert.Equal(
            [
                "report", "--data", "ssd", "--provider", "postgresql", "--connection-env", "CSC_DB", "--connection-file", "secret.txt",
                "--key", "[redacted]", "--password=[redacted]", "[redacted]", "--key-file", "k.bin", "--token", "[redacted]",
            ],
            redacted);
        Assert.DoesNotContain(redacted, a => a.Contains("hunter", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_RelativeNames_NoClock_SameBytesTwice_AndRowsAddUp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "csc-record-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        try
        {
            var output = Path.Combine(folder, "out", "page.html");
            File.WriteAllText(output, "<p>hello</p>");
            var record = new RunRecord
            {
                Command = "report",
                Arguments = ["report", "--audience", "public"],
                KitVersion = "1.2.3",
                Audience = Audience.Public,
                Disclosure = new DisclosureOptions { Threshold = 9, Rounding = DisclosureRounding.Nearest5 },
                Inputs = [new SourceFile("/somewhere/data/referrals.csv", "ab", 10, 7) { Rejected = 2, Table = CaseTable.Referrals }],
                Outputs = [output],
            };
            var json = record.ToJson(Path.Combine(folder, "out"));
            Assert.Equal(json, record.ToJson(Path.Combine(folder, "out")));
            Assert.DoesNotContain("/somewhere", json, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            Assert.Equal(JsonValueKind.Null, root.GetProperty("generated_at").ValueKind);
            Assert.Equal(10, root.GetProperty("disclosure").GetProperty("suppress_below").GetInt32());
            Assert.Equal(5, root.GetProperty("disclosure").GetProperty("round").GetInt32());
            var input = root.GetProperty("inputs")[0];
            Assert.Equal("referrals.csv", input.GetProperty("file").GetString());
            Assert.Equal(5, input.GetProperty("rows_loaded").GetInt64());
            Assert.Equal(2, input.GetProperty("rows_rejected").GetInt64());
            var out0 = root.GetProperty("outputs")[0];
            Assert.Equal("page.html", out0.GetProperty("file").GetString());
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("<p>hello</p>"u8)), out0.GetProperty("sha256").GetString());
            Assert.Equal("built-in defaults", root.GetProperty("config").GetProperty("file").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BesidePath_FileAndFolder()
    {
        Assert.Equal(Path.GetFullPath(Path.Combine("r", "kpi-report-2017-05.run.json")), RunRecord.BesidePath(Path.Combine("r", "kpi-report-2017-05.html")));
        Assert.Equal(Path.Combine("exports", "run-record.json"), RunRecord.BesidePath("exports", isFolder: true));
    }
}
