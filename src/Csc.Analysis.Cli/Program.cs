using Csc.Analysis.Cli;

return await CliApp.RunAsync(args, CliEnvironment.Console());
