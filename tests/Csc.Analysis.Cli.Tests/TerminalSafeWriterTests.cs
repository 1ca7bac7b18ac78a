namespace Csc.Analysis.Cli.Tests;

public sealed class TerminalSafeWriterTests
{
    [Theory]
    [InlineData("Assessment Team", "Assessment Team")]
    [InlineData("line one\nline two\ttab\r\n", "line one\nline two\ttab\r\n")]
    [InlineData("\u001b[2JTeam", "\\u001B[2JTeam")]
    [InlineData("\u001b]0;owned\u0007", "\\u001B]0;owned\\u0007")]
    [InlineData("a\0b\bc", "a\\u0000b\\u0008c")]
    [InlineData("\u009b31m", "\\u009B31m")]
    [InlineData("report\u202Eexe.txt", "report\\u202Eexe.txt")]
    [InlineData("\u2066isolated\u2069 \u200Fmark", "\\u2066isolated\\u2069 \\u200Fmark")]
    [InlineData("Équipe Nord – Ōtautahi", "Équipe Nord – Ōtautahi")]
    public void Show_WritesTerminalActingCharactersAsText_AndLeavesTheRest(string text, string shown)
    {
        Assert.Equal(shown, TerminalSafeWriter.Show(text));
        var inner = new StringWriter();
        using var writer = new TerminalSafeWriter(inner);
        writer.Write(text);
        writer.Write(text.ToCharArray(), 0, text.Length);
        foreach (var c in text)
        {
            writer.Write(c);
        }
        Assert.Equal(shown + shown + shown, inner.ToString());
    }

    [Fact]
    public void ACommand_EchoingAHostileTeamName_PrintsItAsText()
    {
        using var cli = new CliRun();
        cli.Write("extract/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\nC1,F,2009-04-12,WBRI,N,\n");
        cli.Write("extract/referrals.csv", "referral_id,child_id,referral_date,source,nfa,team,worker\nR1,C1,2017-03-02maybe\u001b[2J\u202E,Police,N,Team,W1\n");
        Assert.Equal(ExitCodes.DataErrors, cli.Run("validate", "--data", "extract"));
        var all = cli.Out + cli.Error;
        Assert.Contains("maybe\\u001B[2J\\u202E", all, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain('\u202E', all);
    }
}
