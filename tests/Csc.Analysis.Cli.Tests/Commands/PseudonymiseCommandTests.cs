using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests.Commands;

public sealed class PseudonymiseCommandTests : IDisposable
{
    private const string Key = "planted-partnership-key-0123456789";
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private string KeyFile() => cli.Write("keys/partnership.key", Key + "\n");

    [SampleDataFact]
    public void Sample_KpisOfTheCopyEqualTheOriginals_AndNoIdentifierOrKeyIsWritten()
    {
        var key = KeyFile();
        Assert.Equal(ExitCodes.Ok, cli.Run("pseudonymise", "--data", Repo.SampleFolder, "--out", "copy", "--key-file", key));
        Assert.Contains("Pseudonymised", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, cli.Out + cli.Error, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, cli.Run("kpis", "--data", Repo.SampleFolder, "--config", Repo.SampleConfig, "--out", "original.csv"));
        Assert.Equal(ExitCodes.Ok, cli.Run("kpis", "--data", "copy", "--config", Repo.SampleConfig, "--out", "pseudo.csv"));
        Assert.Equal(File.ReadAllText(Path.Combine(cli.Folder, "original.csv")), File.ReadAllText(Path.Combine(cli.Folder, "pseudo.csv")));

        var children = File.ReadLines(Path.Combine(Repo.SampleFolder, "children.csv")).Skip(1).Take(200).Select(l => l.Split(',')[0]).ToList();
        var written = string.Concat(Directory.GetFiles(Path.Combine(cli.Folder, "copy")).Select(File.ReadAllText));
        Assert.DoesNotContain(Key, written, StringComparison.Ordinal);
        foreach (var id in children)
        {
            Assert.DoesNotContain(id + ",", written, StringComparison.Ordinal);
        }
        Assert.True(File.Exists(Path.Combine(cli.Folder, "copy", "kpi-config.json")));
    }

    [Fact]
    public void OutInsideInput_IsRefused_AndNothingIsWritten()
    {
        cli.Write("in/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        var code = cli.Run("pseudonymise", "--data", "in", "--out", "in/copy", "--key-file", KeyFile());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("is inside the input", cli.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "in", "copy")));
    }

    [Fact]
    public void OutOverInput_IsRefused()
    {
        cli.Write("in/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        Assert.Equal(ExitCodes.Usage, cli.Run("pseudonymise", "--data", "in", "--out", "in", "--key-file", KeyFile()));
        Assert.Equal(ExitCodes.Usage, cli.Run("pseudonymise", "--data", "in/children.csv", "--out", "in/children.csv", "--key-file", KeyFile()));
        Assert.Equal(ExitCodes.Usage, cli.Run("pseudonymise", "--data", "in", "--out", ".", "--key-file", KeyFile()));
    }

    [Fact]
    public void MissingOrShortKey_IsOneSentence_AndNeverEchoesTheKey()
    {
        cli.Write("in/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        Assert.Equal(ExitCodes.Usage, cli.Run("pseudonymise", "--data", "in", "--out", "copy", "--key-file", "nokey"));
        Assert.Contains("does not exist: create one with", cli.Error, StringComparison.Ordinal);

        var shortKey = cli.Write("keys/short.key", "tiny-secret");
        Assert.Equal(ExitCodes.Usage, cli.Run("pseudonymise", "--data", "in", "--out", "copy", "--key-file", shortKey));
        Assert.Contains("needs at least 16", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("tiny-secret", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyInsideTheOutputFolder_IsRefused()
    {
        cli.Write("in/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        var key = cli.Write("copy/partnership.key", Key);
        Assert.Equal(ExitCodes.Usage, cli.Run("pseudonymise", "--data", "in", "--out", "copy", "--key-file", key));
        Assert.Contains("keep the key apart", cli.Error, StringComparison.Ordinal);
    }
}
