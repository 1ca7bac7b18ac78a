using System.Globalization;
using System.Text;
using CsCheck;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Statutory;

/// <summary>
/// Property test (issue 12, section 5): random SSDA903 header.csv and episodes.csv files, then random damage to them
/// (stray quotes, deleted and doubled commas, truncation, garbage bytes, joined lines): the loader never throws, and
/// every error names its file and a line.
/// </summary>
public sealed class Ssda903LoaderPropertyTests
{
    private static readonly DateOnly First = new(2014, 4, 1);

    private static string Uk(int day) => First.AddDays(day).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static readonly Gen<(string Header, string Episodes)> Files =
        from children in Gen.Int[1, 20]
        from sexes in Gen.Int[1, 2].Array[children]
        from episodes in Gen.Select(Gen.Int[1, children], Gen.Int[0, 900], Gen.Int[-1, 150]).Array[0, 40]
        select (
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + string.Concat(sexes.Select((s, i) => $"{100000 + i},{s},{Uk(-365 - (i * 37 % 3000))},WBRI,,,\n")),
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                + string.Concat(episodes.Select(e => $"{100000 + e.Item1 - 1},{Uk(e.Item2)},S,C2,N1,U4,PR1,{(e.Item3 < 0 ? string.Empty : Uk(e.Item2 + e.Item3))},{(e.Item3 < 0 ? string.Empty : "E11")},,RM1 1AA,RM2 2BB,\n")));

    private static readonly Gen<(int Kind, int File, double At, byte[] Bytes)> Damage =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1], Gen.Double.Unit, Gen.Byte.Array[1, 6]);

    [Fact]
    public void DamagedFiles_NeverThrow_EveryErrorLocated()
    {
        Gen.Select(Files, Damage.Array[0, 3]).Sample((files, damage) =>
        {
            var folder = StatutoryTestFiles.NewTempFolder();
            var bytes = new[] { Encoding.UTF8.GetBytes(files.Header), Encoding.UTF8.GetBytes(files.Episodes) };
            foreach (var (kind, file, at, garbage) in damage)
            {
                var list = new List<byte>(bytes[file]);
                var i = (int)(at * list.Count);
                switch (kind)
                {
                    case 0: list.Insert(i, (byte)'"'); break;
                    case 1: if (list.IndexOf((byte)',', i) is >= 0 and var c) { list.RemoveAt(c); } break;
                    case 2: if (list.IndexOf((byte)',', i) is >= 0 and var d) { list.Insert(d, (byte)','); } break;
                    case 3: list.RemoveRange(i, list.Count - i); break;
                    case 4: list.InsertRange(i, garbage); break;
                    default: if (list.IndexOf((byte)'\n', i) is >= 0 and var n) { list.RemoveAt(n); } break;
                }
                bytes[file] = [.. list];
            }
            File.WriteAllBytes(Path.Combine(folder, "header.csv"), bytes[0]);
            File.WriteAllBytes(Path.Combine(folder, "episodes.csv"), bytes[1]);
            var r = new Ssda903Loader().Load(folder, new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });
            // header.csv's rows are the children: each is loaded or rejected with an error.
            if (r.Files.SingleOrDefault(f => Path.GetFileName(f.Path) == "header.csv" && !f.Unusable) is { } header && r.Issues.All(i => i.RuleId != StatutoryRules.TableUnknown))
            {
                Assert.Equal(header.Rows, r.Data.Children.Count + header.Rejected);
            }
            foreach (var e in r.Issues.Where(i => i.Severity == IssueSeverity.Error))
            {
                Assert.False(string.IsNullOrEmpty(e.File), e.ToString());
                Assert.True(e.Line >= 1, e.ToString());
            }
            if (damage.Length == 0)
            {
                // Undamaged: every child of header.csv is loaded.
                Assert.Equal(files.Header.Count(c => c == '\n') - 1, r.Data.Children.Count);
            }
        }, iter: 200, seed: "0N0XIzNsQ0O2");
    }
}
