using System.Text;
using System.Text.Json.Nodes;
using Graph.Explorer.Results;
using Spectre.Console;

namespace Graph.Explorer.Commands;

/// <summary>
/// Prints a streamed result as a Spectre.Console table once it is complete (column widths need every row),
/// values in a Cypher-like text form. Cell text is never parsed as Spectre markup.
/// </summary>
public static class ResultTable
{
    public static async Task<QueryError?> WriteAsync(IAsyncEnumerable<QueryFrame> frames, TextWriter output,
        CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded);
        QuerySummary? summary = null;
        await foreach (var frame in frames.WithCancellation(cancellationToken))
        {
            switch (frame.Kind)
            {
                case QueryFrame.KeysKind:
                    foreach (var key in frame.Keys!)
                    {
                        table.AddColumn(new TableColumn(new Text(key)));
                    }
                    break;
                case QueryFrame.RowKind:
                    table.AddRow(frame.Values!.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Format(v))));
                    break;
                case QueryFrame.SummaryKind:
                    summary = frame.Summary;
                    break;
                case QueryFrame.ErrorKind:
                    return frame.Error;
            }
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (table.Columns.Count > 0)
        {
            console.Write(table);
        }
        if (summary is not null)
        {
            console.WriteLine($"{summary.Rows} row(s) in {summary.ElapsedMilliseconds:F0} ms{(summary.Truncated ? " (truncated)" : "")}");
        }
        return null;
    }

    /// <summary>A value of the <see cref="CypherJson"/> shape as Cypher-like text: (:Label {k: v}), [:TYPE], lists, maps.</summary>
    public static string Format(JsonNode? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonNode? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject entity when entity[CypherJson.TypeKey]?.GetValue<string>() is { } type:
                AppendEntity(text, entity, type);
                break;
            case JsonObject map:
                AppendMap(text, map);
                break;
            case JsonArray list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    text.Append(i > 0 ? ", " : "");
                    Append(text, list[i]);
                }
                text.Append(']');
                break;
            default:
                text.Append(value.GetValueKind() == System.Text.Json.JsonValueKind.String
                    ? value.GetValue<string>()
                    : value.ToJsonString());
                break;
        }
    }

    private static void AppendEntity(StringBuilder text, JsonObject entity, string type)
    {
        switch (type)
        {
            case "node":
                text.Append('(');
                foreach (var label in entity["labels"]!.AsArray())
                {
                    text.Append(':').Append(label!.GetValue<string>());
                }
                text.Append(' ');
                AppendMap(text, entity["properties"]!.AsObject());
                text.Append(')');
                break;
            case "relationship":
                text.Append("[:").Append(entity["type"]!.GetValue<string>()).Append(' ');
                AppendMap(text, entity["properties"]!.AsObject());
                text.Append(']');
                break;
            default:
                text.Append('<').Append(type).Append(" of ").Append(entity["nodes"]?.AsArray().Count ?? 0).Append(" nodes>");
                break;
        }
    }

    private static void AppendMap(StringBuilder text, JsonObject map)
    {
        text.Append('{');
        var first = true;
        foreach (var (key, item) in map)
        {
            text.Append(first ? "" : ", ").Append(key).Append(": ");
            first = false;
            Append(text, item);
        }
        text.Append('}');
    }
}
