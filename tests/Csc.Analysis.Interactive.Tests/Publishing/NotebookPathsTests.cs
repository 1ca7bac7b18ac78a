using Csc.Analysis.Interactive.Notebooks;
using Csc.Analysis.Interactive.Publishing;

namespace Csc.Analysis.Interactive.Tests.Publishing;

public sealed class NotebookPathsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("csc-nb-paths-").FullName;

    public NotebookPathsTests()
    {
        foreach (var name in new[] { "a.ipynb", "b.ipynb", ".hidden.ipynb", "notes.txt", "c.out.ipynb", "sub/d.ipynb", "sub/deeper/e.ipynb", ".git/f.ipynb", "odd[1].ipynb" })
        {
            var path = Path.Combine(_dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    private List<string> Names(params string[] paths)
        => NotebookPaths.Expand(paths, _dir).Select(p => Path.GetRelativePath(_dir, p).Replace('\\', '/')).ToList();

    [Fact]
    public void Star_matches_the_folders_notebooks_like_the_shell_hidden_files_left_out()
        => Assert.Equal(["a.ipynb", "b.ipynb", "odd[1].ipynb"], Names("*.ipynb"));

    [Fact]
    public void Only_notebooks_are_taken_from_a_pattern()
        => Assert.Equal(["a.ipynb", "b.ipynb", "odd[1].ipynb"], Names("*"));

    [Fact]
    public void Run_copies_are_left_out_unless_the_pattern_names_them()
        => Assert.Equal(["c.out.ipynb"], Names("*.out.ipynb"));

    [Fact]
    public void A_leading_dot_pattern_matches_hidden_files()
        => Assert.Equal([".hidden.ipynb"], Names(".*.ipynb"));

    [Fact]
    public void Question_mark_and_sets_match_one_character()
    {
        Assert.Equal(["a.ipynb", "b.ipynb"], Names("?.ipynb"));
        Assert.Equal(["b.ipynb"], Names("[bx].ipynb"));
        Assert.Equal(["b.ipynb"], Names("[!a].ipynb"));
    }

    [Fact]
    public void Double_star_matches_any_depth_but_not_hidden_folders()
        => Assert.Equal(["a.ipynb", "b.ipynb", "odd[1].ipynb", "sub/d.ipynb", "sub/deeper/e.ipynb"], Names("**/*.ipynb"));

    [Fact]
    public void Star_in_a_folder_segment()
        => Assert.Equal(["sub/d.ipynb"], Names("s*/*.ipynb"));

    [Fact]
    public void Several_paths_keep_their_order_and_a_notebook_named_twice_comes_once()
        => Assert.Equal(["b.ipynb", "a.ipynb", "odd[1].ipynb", "sub/d.ipynb"], Names("b.ipynb", "*.ipynb", "sub", "sub/d.ipynb"));

    [Fact]
    public void A_folder_leaves_out_run_copies_as_before()
        => Assert.Equal([".hidden.ipynb", "a.ipynb", "b.ipynb", "odd[1].ipynb"], Names("."));

    [Fact]
    public void A_file_whose_name_has_glob_characters_is_taken_as_it_is()
        => Assert.Equal(["odd[1].ipynb"], Names("odd[1].ipynb"));

    [Fact]
    public void An_absolute_pattern_is_expanded_from_its_root()
        => Assert.Equal(["sub/d.ipynb"], Names(Path.Combine(_dir, "sub", "*.ipynb")));

    [Fact]
    public void A_pattern_without_matches_is_an_error_naming_it()
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookPaths.Expand(["nope/*.ipynb"], _dir));
        Assert.Equal("The pattern 'nope/*.ipynb' matches no notebook.", ex.Message);
    }

    [Fact]
    public void No_path_is_an_error()
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookPaths.Expand([], _dir));
        Assert.StartsWith("No notebook given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookPaths.Expand(["missing.ipynb"], _dir));
        Assert.EndsWith("is neither a notebook nor a folder.", ex.Message, StringComparison.Ordinal);
    }
}
