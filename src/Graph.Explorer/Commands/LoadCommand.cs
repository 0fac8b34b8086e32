using System.CommandLine;
using Graph.Explorer.Hosting;
using Graph.Explorer.Import;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Explorer.Commands;

/// <summary>
/// `shanhai load`: (re)loads the seed graph from cypher/ into the configured database with a progress bar.
/// The loader is idempotent (MERGE on key), so loading twice changes nothing. Ctrl+C cancels.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var command = new Command("load", "(Re)load the seed graph (cypher/schema.cypher and cypher/import/*.csv) into the database.");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(parseResult);
        var seeder = host.Services.GetRequiredService<SeedInitializer>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(parseResult.InvocationConfiguration.Output),
        });
        LoadReport? report = null;
        try
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("seed graph");
                    var progress = new SynchronousProgress<LoadProgress>(p => Show(task, p));
                    report = await seeder.LoadAsync(progress, cancellationToken);
                    task.Value = task.MaxValue;
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("Load cancelled.");
            return 130;
        }
        // Plain text, not Spectre: the console would wrap the line at its width.
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(SeedInitializer.Describe(report!));
        return 0;
    }

    private static void Show(ProgressTask task, LoadProgress progress)
    {
        task.Description = Markup.Escape(progress.File is null ? progress.Stage.ToString() : $"{progress.Stage}: {progress.File}");
        task.MaxValue = Math.Max(1, progress.Total);
        task.Value = progress.Done;
    }
}
