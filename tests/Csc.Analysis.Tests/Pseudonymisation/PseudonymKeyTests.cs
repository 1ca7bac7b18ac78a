using System.Text;
using Csc.Analysis.Pseudonymisation;

namespace Csc.Analysis.Tests.Pseudonymisation;

public sealed class PseudonymKeyTests
{
    [Fact]
    public void ShortKey_IsRefusedWithAHint()
    {
        var ex = Assert.Throws<ArgumentException>(() => PseudonymKey.FromBytes(new byte[15]));
        Assert.StartsWith("The pseudonymisation key is 15 bytes: it needs at least 16", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_TrailingLineBreak_IsNotPartOfTheKey()
    {
        var dir = Directory.CreateTempSubdirectory("csc-key-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a"), "correct horse battery staple\n");
            File.WriteAllText(Path.Combine(dir, "b"), "correct horse battery staple");
            var a = new Pseudonymiser(PseudonymKey.FromFile(Path.Combine(dir, "a")));
            var b = new Pseudonymiser(PseudonymKey.FromFile(Path.Combine(dir, "b")));
            Assert.Equal(a.Pseudonym(PseudonymKind.Child, "C1"), b.Pseudonym(PseudonymKind.Child, "C1"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ToString_IsRedacted()
    {
        var key = PseudonymKey.FromBytes(Encoding.UTF8.GetBytes("super-secret-key-value"));
        Assert.Equal("PseudonymKey(redacted)", key.ToString());
        Assert.DoesNotContain("secret", $"{key}", StringComparison.Ordinal);
    }
}
