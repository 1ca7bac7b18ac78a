using System.Globalization;
using System.Text;
using CsCheck;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>
/// Property tests (issue 12, section 5): random valid canonical extracts load every row as written, and random
/// corruptions of them (stray quotes, deleted and doubled commas, truncation, garbage bytes, bad dates and flags, blank
/// lines and rows, joined lines) never make the loader throw: for every table loaded + rejected = rows read, every
/// rejected row has an error on its line, and every error names a file and a line.
/// </summary>
public sealed class CanonicalExtractLoaderPropertyTests
{
    private static readonly DateOnly ExtractDate = new(2017, 5, 31);
    private static readonly DateOnly First = new(2014, 4, 1);

    private static readonly string[] Files = ["children.csv", "referrals.csv", "contacts.csv", "cp_plans.csv"];

    // Free-text values, some of which must be quoted (a comma, a quote, a line break).
    private static readonly string[] Texts = ["Police", "Schools", "Health", "School, primary", "Said \"urgent\"", "Two\nlines", "Caf\u00e9", ""];
    private static readonly string[] Flags = ["Y", "N", "1", "0", "true", "false", ""];
    private static readonly string[] Outcomes = ["NFA", "EARLY_HELP", "REFERRAL", "SIGNPOST", "OTHER"];
    private static readonly string[] Categories = ["NEG", "EMO", "PHY", "SAB", "MUL"];

    /// <summary>A generated extract: the lines of each file as fields, header first.</summary>
    public sealed record Extract(string[][] Children, string[][] Referrals, string[][] Contacts, string[][] CpPlans)
    {
        public IReadOnlyList<string[][]> Tables => [Children, Referrals, Contacts, CpPlans];

        public override string ToString() => string.Join("\n---\n", Tables.Select(Csv));
    }

    /// <summary>One corruption: what, in which file, where (0 to 1 through the file) and any bytes it inserts.</summary>
    public sealed record Corruption(Damage Kind, int File, double At, byte[] Bytes)
    {
        public override string ToString() => $"{Kind} in {Files[File]} at {At:0.000} [{Convert.ToHexString(Bytes)}]";
    }

    /// <summary>The kinds of damage.</summary>
    public enum Damage
    {
        StrayQuote,
        DeleteComma,
        DoubleComma,
        Truncate,
        Garbage,
        BadDate,
        BlankLine,
        BlankRow,
        BadFlag,
        JoinLines,
        CarriageReturn,
    }

    private static Gen<string> Date() => Gen.Int[0, ExtractDate.DayNumber - First.DayNumber].Select(d => First.AddDays(d).ToString(d % 3 == 0 ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static Gen<string> OneOf(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<Extract> Extracts =
        from children in Gen.Int[1, 30]
        from childRows in Gen.Select(OneOf(["F", "M", ""]), Date(), OneOf(Flags), OneOf(Texts)).Array[children]
        from referrals in Gen.Select(Gen.Int[1, children], Date(), OneOf(Texts), OneOf(Flags), OneOf(Texts)).Array[0, 40]
        from contacts in Gen.Select(Gen.Int[1, children], Date(), OneOf(Texts), OneOf(Outcomes)).Array[0, 40]
        from plans in Gen.Select(Gen.Int[1, children], Gen.Int[0, 700], Gen.Int[-1, 400], OneOf(Categories)).Array[0, 15]
        select new Extract(
            [["child_id", "sex", "date_of_birth", "uasc", "home_postcode"], .. childRows.Select((c, i) => new[] { ChildId(i + 1), c.Item1, c.Item2, c.Item3, c.Item4 })],
            [["referral_id", "child_id", "referral_date", "source", "nfa", "team", "worker"], .. referrals.Select((r, i) => new[] { $"R{i + 1}", ChildId(r.Item1), r.Item2, r.Item3, r.Item4, r.Item5, "W1" })],
            [["contact_id", "child_id", "contact_date", "source", "outcome"], .. contacts.Select((c, i) => new[] { $"K{i + 1}", ChildId(c.Item1), c.Item2, c.Item3, c.Item4 })],
            [["cp_plan_id", "child_id", "start_date", "end_date", "initial_category", "team"], .. plans.Select((p, i) => new[]
            {
                $"P{i + 1}", ChildId(p.Item1), Iso(First.AddDays(p.Item2)), p.Item3 < 0 ? string.Empty : Iso(First.AddDays(p.Item2 + p.Item3)), p.Item4, "CP Team",
            })]);

    private static readonly Gen<Corruption> Corruptions =
        Gen.Select(Gen.Enum<Damage>(), Gen.Int[0, Files.Length - 1], Gen.Double.Unit, Gen.Byte.Array[1, 6], (k, f, at, bytes) => new Corruption(k, f, at, bytes));

    private static string ChildId(int n) => $"C{n:0000}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string field) => field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Csv(string[][] lines) => string.Concat(lines.Select(l => string.Join(',', l.Select(Quote)) + "\n"));

    private static LoadResult Load(string folder) => new CanonicalExtractLoader().Load(folder, new LoadOptions { ExtractDate = ExtractDate });

    [Fact]
    public void ValidExtract_EveryRowLoadsAsWritten_NoErrors()
    {
        Extracts.Sample(extract =>
        {
            using var tmp = new TempFolder();
            for (var t = 0; t < Files.Length; t++)
            {
                tmp.Write(Files[t], Csv(extract.Tables[t]));
            }
            var r = Load(tmp.Path);
            Assert.Equal(0, r.ErrorCount);
            Assert.Equal(extract.Children.Skip(1).Select(c => c[0]), r.Data.Children.Select(c => c.ChildId));
            Assert.Equal(extract.Referrals.Skip(1).Select(x => (x[0], x[3].Length == 0 ? null : x[3], x[4] is "Y" or "1" or "true")),
                r.Data.Referrals.Select(x => (x.ReferralId, x.Source, x.Nfa)));
            Assert.Equal(extract.Contacts.Skip(1).Select(x => x[0]), r.Data.Contacts.Select(x => x.ContactId));
            Assert.Equal(extract.CpPlans.Skip(1).Select(x => (x[0], x[3].Length == 0)), r.Data.CpPlans.Select(x => (x.CpPlanId, x.EndDate is null)));
            foreach (var file in r.Files)
            {
                Assert.Equal(0, file.Rejected);
                Assert.Equal(file.Rows, r.Data.RowCount(file.Table!.Value));
            }
        }, iter: 100, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void CorruptedExtract_NeverThrows_EveryRowLoadedOrRejectedWithALocatedError()
    {
        // The rules the damage raised over all samples: the corruptions must reach the loader's broken-input paths.
        var raised = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Gen.Select(Extracts, Corruptions.Array[1, 4]).Sample((extract, damage) =>
        {
            using var tmp = new TempFolder();
            var bytes = Files.Select((_, t) => Encoding.UTF8.GetBytes(Csv(extract.Tables[t]))).ToArray();
            foreach (var d in damage)
            {
                bytes[d.File] = Apply(bytes[d.File], d);
            }
            for (var t = 0; t < Files.Length; t++)
            {
                File.WriteAllBytes(tmp.File(Files[t]), bytes[t]);
            }
            var r = Load(tmp.Path);
            AssertAccounted(r);
            foreach (var issue in r.Issues)
            {
                raised.AddOrUpdate(issue.RuleId, 1, (_, n) => n + 1);
            }
        }, iter: 300, seed: "0N0XIzNsQ0O2");
        foreach (var rule in new[] { "CAN_UNTERMINATED_QUOTE", "CAN_FIELD_COUNT", "CAN_DATE_FORMAT", "CAN_FLAG_FORMAT", "CAN_BLANK_ROWS", "CAN_ENCODING", "CAN_MISSING_COLUMNS" })
        {
            Assert.True(raised.ContainsKey(rule), $"no sample raised {rule}; raised: {string.Join(", ", raised.Keys.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>The invariants of any load: loaded + rejected = rows read, each rejected row has an error on its line, every error is located.</summary>
    internal static void AssertAccounted(LoadResult r)
    {
        foreach (var error in r.Issues.Where(i => i.Severity == IssueSeverity.Error))
        {
            Assert.False(string.IsNullOrEmpty(error.File), error.ToString());
            // A table-level finding (the child ids of a whole table do not join) has no one line.
            Assert.True(error.Line >= 1 || error.RuleId == CanonicalRules.ChildIdsDoNotJoin, error.ToString());
        }
        foreach (var file in r.Files)
        {
            var name = Path.GetFileName(file.Path);
            Assert.Equal(file.Rows, r.Data.RowCount(file.Table!.Value) + file.Rejected);
            if (!file.Unusable)
            {
                var errorLines = r.Issues.Where(i => i.File == name && i.Severity == IssueSeverity.Error && i.Line is not null).Select(i => i.Line).Distinct().Count();
                Assert.True(file.Rejected == errorLines, $"{name}: {file.Rejected} rows rejected but errors on {errorLines} lines");
            }
        }
    }

    private static byte[] Apply(byte[] file, Corruption d)
    {
        var at = (int)(d.At * file.Length);
        var list = new List<byte>(file);
        switch (d.Kind)
        {
            case Damage.StrayQuote:
                list.Insert(at, (byte)'"');
                break;
            case Damage.DeleteComma when Find(file, at, (byte)',') is { } comma:
                list.RemoveAt(comma);
                break;
            case Damage.DoubleComma when Find(file, at, (byte)',') is { } comma:
                list.Insert(comma, (byte)',');
                break;
            case Damage.Truncate:
                list.RemoveRange(at, list.Count - at);
                break;
            case Damage.Garbage:
                list.InsertRange(at, d.Bytes);
                break;
            case Damage.BadDate when FindDate(file, at) is { } date:
                var bad = Encoding.ASCII.GetBytes((d.Bytes[0] % 4) switch { 0 => "2017-13-45", 1 => "31/02/2016", 2 => "0001-01-01", _ => "9999-12-31" });
                list.RemoveRange(date, 10);
                list.InsertRange(date, bad);
                break;
            case Damage.BlankLine or Damage.BlankRow when Find(file, at, (byte)'\n') is { } end:
                list.InsertRange(end + 1, d.Kind == Damage.BlankLine ? "\n"u8.ToArray() : ",,,,\n"u8.ToArray());
                break;
            case Damage.BadFlag when Find(file, at, (byte)',') is { } comma:
                list.InsertRange(comma + 1, "maybe"u8.ToArray());
                break;
            case Damage.JoinLines when Find(file, at, (byte)'\n') is { } end:
                list.RemoveAt(end);
                break;
            case Damage.CarriageReturn:
                list.Insert(at, (byte)'\r');
                break;
        }
        return [.. list];
    }

    // The first byte b at or after position at (wrapping round), or null.
    private static int? Find(byte[] file, int at, byte b)
    {
        for (var k = 0; k < file.Length; k++)
        {
            var i = (at + k) % file.Length;
            if (file[i] == b)
            {
                return i;
            }
        }
        return null;
    }

    // The start of the first yyyy-MM-dd or dd/MM/yyyy at or after position at, or null.
    private static int? FindDate(byte[] file, int at)
    {
        for (var i = Math.Min(at, file.Length); i + 10 <= file.Length; i++)
        {
            if ((file[i + 4] == '-' && file[i + 7] == '-') || (file[i + 2] == '/' && file[i + 5] == '/'))
            {
                if (FieldParsersLooksLikeDate(file.AsSpan(i, 10)))
                {
                    return i;
                }
            }
        }
        return null;
    }

    private static bool FieldParsersLooksLikeDate(ReadOnlySpan<byte> s)
    {
        foreach (var c in s)
        {
            if (c is not ((>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'/'))
            {
                return false;
            }
        }
        return true;
    }
}
