using System.Text.Json;
using Csc.Analysis.Calendar;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli.Tests;

public sealed class InvestigateCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("csc-investigate-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>
    /// Three teams, 40 strategy discussions a month from April 2015 to May 2017, ICPCs 5-18 working days
    /// later, recorded 2-8 working days after that; team "South" records the ICPC date as the day it
    /// enters it from <paramref name="plantFrom"/> (null: no plant).
    /// </summary>
    private string WriteData(ReportingMonth? plantFrom)
    {
        var rng = new Random(42);
        var cal = WorkingDayCalendar.EnglandAndWales;
        var s47 = new List<Section47Enquiry>();
        var id = 0;
        string[] teams = ["North", "South", "East"];
        foreach (var m in ReportingMonth.Sequence(new ReportingMonth(2015, 4), new ReportingMonth(2017, 5)))
        {
            for (var i = 0; i < 40; i++)
            {
                id++;
                var team = teams[rng.Next(3)];
                var sd = cal.AddWorkingDays(m.FirstDay.AddDays(-1), 1 + rng.Next(18));
                var icpc = cal.AddWorkingDays(sd, rng.Next(5, 19));
                var rec = cal.AddWorkingDays(icpc, rng.Next(2, 9));
                if (rec > new DateOnly(2017, 5, 31))
                {
                    continue;
                }
                if (team == "South" && plantFrom is { } p && ReportingMonth.Of(icpc) >= p)
                {
                    icpc = rec;
                }
                s47.Add(new Section47Enquiry($"S{id}", $"C{id}", sd, false, icpc, rec, false, team, $"{team}-{rng.Next(4)}"));
            }
        }
        var folder = Path.Combine(dir, plantFrom is null ? "clean" : "planted");
        CanonicalExtractWriter.Write(new CaseData { Section47Enquiries = s47, Events = [new ContextEvent(new DateOnly(2017, 2, 20), null, "New case system screens", "system")] }, folder);
        return folder;
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var env = new CliEnvironment(o, e, TimeProvider.System, false, dir);
        var code = await CliApp.RunAsync(args, env);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task IcpcRecording_PlantedTeam_WritesFindingWithExactKeys()
    {
        var data = WriteData(new ReportingMonth(2017, 1));
        var (code, stdout, stderr) = await Run("investigate", "icpc-recording", "--data", data, "--as-of", "2017-05-31", "--out", "out/icpc.json", "--rows", "out/rows.csv");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "icpc.json")));
        var root = doc.RootElement;
        Assert.Equal(["findings", "recorded_pct", "corrected_pct", "month"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2017-05", root.GetProperty("month").GetString());
        var first = root.GetProperty("findings")[0];
        Assert.Equal(["rule", "description", "group_by", "group", "start_month", "rows_flagged", "explained_points"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("icpc_date_is_recording_date", first.GetProperty("rule").GetString());
        Assert.Equal("team", first.GetProperty("group_by").GetString());
        Assert.Equal("South", first.GetProperty("group").GetString());
        Assert.Equal("2017-01", first.GetProperty("start_month").GetString());
        Assert.True(root.GetProperty("corrected_pct").GetDouble() > root.GetProperty("recorded_pct").GetDouble());
        var csv = File.ReadAllLines(Path.Combine(dir, "out", "rows.csv"));
        Assert.StartsWith("rule,record_id,child_id,team,worker,month,", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("icpc_date_is_recording_date,", StringComparison.Ordinal) && l.Contains(",South,", StringComparison.Ordinal));
        Assert.Contains("South", stdout);
    }

    [Fact]
    public async Task IcpcRecording_NoPlant_NoFindings()
    {
        var data = WriteData(null);
        var (code, stdout, stderr) = await Run("investigate", "icpc-recording", "--data", data, "--month", "2017-05", "--out", "icpc.json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "icpc.json")));
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(doc.RootElement.GetProperty("recorded_pct").GetDouble(), doc.RootElement.GetProperty("corrected_pct").GetDouble());
        Assert.Contains("None of", stdout);
    }

    [Fact]
    public async Task IcpcRecording_BadMonth_IsUsageError()
    {
        var data = WriteData(null);
        var (code, _, stderr) = await Run("investigate", "icpc-recording", "--data", data, "--month", "May 2017", "--out", "x.json");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--month 'May 2017' is not a month: expected YYYY-MM", stderr);
    }

    [Fact]
    public async Task IcpcRecording_UnknownConfigSetting_IsUsageError()
    {
        var data = WriteData(null);
        File.WriteAllText(Path.Combine(dir, "cfg.json"), "{\"alpha\": 0.01, \"alfa\": 2}");
        var (code, _, stderr) = await Run("investigate", "icpc-recording", "--data", data, "--config", "cfg.json", "--out", "x.json");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown setting \"alfa\"", stderr);
    }

    [Fact]
    public async Task IcpcRecording_MissingData_IsDataError()
    {
        var (code, _, stderr) = await Run("investigate", "icpc-recording", "--data", "nowhere", "--out", "x.json");
        Assert.Equal(ExitCodes.DataErrors, code);
        Assert.Contains("does not exist", stderr);
    }

    [Fact]
    public async Task DataQuality_WritesFindingsTrendsAndRows()
    {
        var data = WriteData(new ReportingMonth(2017, 1));
        var (code, stdout, stderr) = await Run("investigate", "data-quality", "--data", data, "--as-of", "2017-05-31", "--out", "dq.json", "--rows", "dq.csv");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "dq.json")));
        var root = doc.RootElement;
        Assert.Equal(["findings", "trends", "errors", "warnings", "finding", "month"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2017-05", root.GetProperty("month").GetString());
        Assert.Contains(root.GetProperty("trends").EnumerateArray(), t => t.GetProperty("table").GetString() == "s47_enquiries");
        Assert.Equal(root.GetProperty("finding").GetString(), stdout.TrimEnd());
        Assert.StartsWith("rule,table,severity,record_id,", File.ReadAllLines(Path.Combine(dir, "dq.csv"))[0]);
    }
}
