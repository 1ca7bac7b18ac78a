namespace Csc.Analysis.Cli.Tests.Hostile;

/// <summary>One csc-kpi run: its exit code and what it printed.</summary>
internal sealed record CliOutcome(int Code, string Out, string Error);
