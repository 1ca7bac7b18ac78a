using System.Text.Json;
using System.Text.Json.Nodes;

namespace Csc.Analysis.Interactive.Tests;

/// <summary>One cell of a test notebook.</summary>
internal sealed record TestCell(string Kind, string Source, params string[] Tags)
{
    public static TestCell Code(string source, params string[] tags) => new("code", source, tags);

    public static TestCell Markdown(string source) => new("markdown", source);
}

/// <summary>Writes small .ipynb files (nbformat 4, C# kernel as VS Code writes them) into a temp folder.</summary>
internal sealed class TestNotebook : IDisposable
{
    public TestNotebook()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("csc-nb-").FullName;
    }

    public string Directory { get; }

    public string Write(string name, params TestCell[] cells)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, Json(cells));
        return path;
    }

    public static string Json(params TestCell[] cells)
    {
        var array = new JsonArray();
        foreach (var c in cells)
        {
            var source = new JsonArray();
            var lines = c.Source.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                source.Add(i < lines.Length - 1 ? lines[i] + "\n" : lines[i]);
            }
            var metadata = new JsonObject();
            if (c.Kind == "code")
            {
                metadata["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" };
                metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" };
            }
            if (c.Tags.Length > 0)
            {
                metadata["tags"] = new JsonArray(c.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
            }
            var cell = new JsonObject { ["cell_type"] = c.Kind, ["metadata"] = metadata, ["source"] = source };
            if (c.Kind == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            array.Add(cell);
        }
        var doc = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
