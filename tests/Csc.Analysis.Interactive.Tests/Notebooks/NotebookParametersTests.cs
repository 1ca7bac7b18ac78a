using Csc.Analysis.Interactive.Notebooks;

namespace Csc.Analysis.Interactive.Tests.Notebooks;

public sealed class NotebookParametersTests
{
    private const string Cell = """
        // parameters
        string month = "2017-04";
        int window = 12; // months
        long total = 5L;
        double threshold = 0.85;
        decimal money = 1.5m;
        bool showCode = false;
        DateOnly asAt = new DateOnly(2017, 4, 30);
        var label = "x";
        var count = 3;
        var ratio = 0.5;
        """;

    [Fact]
    public void Parse_NameEqualsValue_SplitsAtFirstEquals()
    {
        Assert.Equal(new NotebookParameter("filter", "a=b"), NotebookParameter.Parse("filter=a=b"));
    }

    [Theory]
    [InlineData("noequals")]
    [InlineData("=value")]
    [InlineData("1abc=2")]
    [InlineData("a-b=2")]
    public void Parse_Invalid_Throws(string text)
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookParameter.Parse(text));
        Assert.Equal($"--param '{text}' must look like name=value with a C# identifier as the name, e.g. --param month=2017-05.", ex.Message);
    }

    [Fact]
    public void IsParametersCell_TagOrFirstLineComment()
    {
        Assert.True(NotebookParameters.IsParametersCell("int a = 1;", ["parameters"]));
        Assert.True(NotebookParameters.IsParametersCell("  // Parameters  \nint a = 1;", []));
        Assert.False(NotebookParameters.IsParametersCell("int a = 1; // parameters", []));
    }

    [Fact]
    public void DeclaredNames_AllDeclarationLines()
    {
        Assert.Equal(["month", "window", "total", "threshold", "money", "showCode", "asAt", "label", "count", "ratio"], NotebookParameters.DeclaredNames(Cell));
    }

    [Fact]
    public void Apply_EveryType_WritesTypedLiteralsAndKeepsComments()
    {
        var applied = NotebookParameters.Apply(Cell,
        [
            new("month", "2017-05 \"quoted\" \\ path"), new("window", "-3"), new("total", "7"), new("threshold", "0.9"),
            new("money", "2.25"), new("showCode", "TRUE"), new("asAt", "2017-05-31"), new("label", "y"), new("count", "4"), new("ratio", "0.25"),
        ], 2);
        Assert.Contains("string month = \"2017-05 \\\"quoted\\\" \\\\ path\";", applied);
        Assert.Contains("int window = -3; // months", applied);
        Assert.Contains("long total = 7L;", applied);
        Assert.Contains("double threshold = 0.9d;", applied);
        Assert.Contains("decimal money = 2.25m;", applied);
        Assert.Contains("bool showCode = true;", applied);
        Assert.Contains("DateOnly asAt = new System.DateOnly(2017, 5, 31);", applied);
        Assert.Contains("var label = \"y\";", applied);
        Assert.Contains("var count = 4;", applied);
        Assert.Contains("var ratio = 0.25d;", applied);
        Assert.StartsWith("// parameters\n", applied);
    }

    [Fact]
    public void Apply_LastValueForANameWins()
    {
        Assert.Contains("int window = 6;", NotebookParameters.Apply(Cell, [new("window", "3"), new("window", "6")], 1));
    }

    [Theory]
    [InlineData("window", "twelve", "--param window=twelve: window is declared as int in cell 2, so the value must be a whole number.")]
    [InlineData("threshold", "high", "--param threshold=high: threshold is declared as double in cell 2, so the value must be a number such as 0.85.")]
    [InlineData("showCode", "yes", "--param showCode=yes: showCode is declared as bool in cell 2, so the value must be true or false.")]
    [InlineData("asAt", "31/05/2017", "--param asAt=31/05/2017: asAt is declared as DateOnly in cell 2, so the value must be a date written yyyy-MM-dd.")]
    public void Apply_ValueNotOfDeclaredType_Throws(string name, string value, string message)
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookParameters.Apply(Cell, [new(name, value)], 2));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Apply_UnsupportedType_Throws()
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookParameters.Apply("TimeSpan span = TimeSpan.Zero;", [new("span", "1")], 3));
        Assert.Equal("--param span: its declared type TimeSpan in cell 3 cannot be set from the command line; use string, bool, int, long, double, decimal or DateOnly.", ex.Message);
    }

    [Fact]
    public void Apply_VarWithUnknownInitialiser_Throws()
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookParameters.Apply("var when = DateTime.Today;", [new("when", "x")], 1));
        Assert.StartsWith("--param when: cannot tell the type of 'var when = DateTime.Today;' in cell 1", ex.Message);
    }

    [Fact]
    public void Apply_CrLfLines_Preserved()
    {
        Assert.Equal("int a = 2;\r\nint b = 2;\r\n", NotebookParameters.Apply("int a = 1;\r\nint b = 2;\r\n", [new("a", "2")], 1));
    }
}

public sealed class NotebookReferencesTests
{
    [Fact]
    public void Rewrite_KitDllByAnyPath_PointsAtLoadedAssembly()
    {
        var loaded = typeof(CscKernel).Assembly.Location;
        var code = "#r \"../artifacts/bin/Csc.Analysis.Interactive/debug/Csc.Analysis.Interactive.dll\"\nvar x = 1;";
        Assert.Equal($"#r \"{loaded}\"\nvar x = 1;", NotebookReferences.Rewrite(code, "/somewhere/notebooks"));
    }

    [Fact]
    public void Rewrite_OtherRelativeDll_MadeAbsoluteFromNotebookFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nbdir");
        Assert.Equal($"#r \"{Path.GetFullPath(Path.Combine(dir, "lib", "Other.dll"))}\"", NotebookReferences.Rewrite("#r \"lib/Other.dll\"", dir));
    }

    [Fact]
    public void Rewrite_NugetAndCode_Untouched()
    {
        const string code = "#r \"nuget: Deedle, 8.1.0\"\nConsole.WriteLine(\"#r \\\"x.dll\\\"\");";
        Assert.Equal(code, NotebookReferences.Rewrite(code, "/x"));
    }

    [Fact]
    public void KitAssemblyFiles_IncludeKitPlotlyAndFSharpCore()
    {
        var names = NotebookReferences.KitAssemblyFiles().Select(Path.GetFileName).ToList();
        Assert.Contains("Csc.Analysis.Interactive.dll", names);
        Assert.Contains("Csc.Analysis.Reporting.dll", names);
        Assert.Contains("Csc.Analysis.dll", names);
        Assert.Contains("Plotly.NET.dll", names);
        Assert.Contains("FSharp.Core.dll", names);
    }
}
