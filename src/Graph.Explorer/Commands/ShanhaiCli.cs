using System.CommandLine;

namespace Graph.Explorer.Commands;

/// <summary>
/// The command line of the one executable: no verb (or `serve`) runs the explorer; `query` and `load` are the
/// command-line face, written against the port like the explorer.
/// </summary>
public static class ShanhaiCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Shanhai Graph (山海图谱): a knowledge-graph explorer with its own embedded Cypher engine. "
            + "Without a command it serves the explorer on " + Hosting.ExplorerApp.DefaultUrl + ".");
        CommonOptions.AddTo(root);
        ServeCommand.AddServeOptions(root);
        root.SetAction(ServeCommand.RunAsync);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        return root;
    }
}
