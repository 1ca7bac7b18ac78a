using Csc.Analysis.Data.Ssd;

namespace Csc.Analysis.Cli;

/// <summary>An SSD database named on the command line: the provider, where the connection string is, the schema.</summary>
/// <param name="Provider">The database engine.</param>
/// <param name="EnvironmentVariable">The variable holding the connection string, or null.</param>
/// <param name="File">The file holding it, or null.</param>
/// <param name="Schema">The schema, or null for the provider's default.</param>
internal sealed record DatabaseSource(SsdProvider Provider, string? EnvironmentVariable, string? File, string? Schema)
{
    /// <summary>How the source is named in messages (never the connection string).</summary>
    public string Display => $"ssd ({SsdDatabase.Name(Provider)}{(Schema is null ? string.Empty : ", schema " + Schema)})";

    /// <summary>The connection string, read from the variable or the file; a usage error when there is none.</summary>
    public string ConnectionString(CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        string? text;
        if (EnvironmentVariable is not null)
        {
            text = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException($"The environment variable {EnvironmentVariable} (--connection-env) is not set or empty.");
            }
        }
        else
        {
            var path = env.Resolve(File!);
            if (!System.IO.File.Exists(path))
            {
                throw new CliException($"--connection-file '{File}' does not exist.");
            }
            text = System.IO.File.ReadAllText(path).Trim();
            if (text.Length == 0)
            {
                throw new CliException($"--connection-file '{File}' is empty.");
            }
        }
        return text.Trim();
    }
}
