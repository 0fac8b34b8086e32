using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Graph.Core;
using Graph.Cypher.Ast;

namespace Graph.Cypher.Tests.Support;

/// <summary>
/// Renders an AST as indented text for golden files: one node per line with its span and scalar members,
/// child nodes and lists below under their member names. Reflection keeps it in step with new records.
/// </summary>
public static class AstPrinter
{
    public static string Print(AstNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0, null);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, AstNode node, int indent, string? label)
    {
        builder.Append(' ', indent * 2);
        if (label is not null)
        {
            builder.Append(label).Append(": ");
        }
        builder.Append(node.GetType().Name).Append(" @").Append(node.Span.Start).Append('+').Append(node.Span.Length);
        var children = new List<(string Name, object Value)>();
        foreach (var property in Properties(node.GetType()))
        {
            var value = property.GetValue(node);
            if (value is AstNode || (value is IEnumerable and not string))
            {
                children.Add((property.Name, value));
            }
            else if (value is not null)
            {
                builder.Append(' ').Append(property.Name).Append('=').Append(Scalar(value));
            }
        }
        builder.Append('\n');
        foreach (var (name, value) in children)
        {
            WriteChild(builder, name, value, indent + 1);
        }
    }

    private static void WriteChild(StringBuilder builder, string name, object value, int indent)
    {
        if (value is AstNode child)
        {
            Write(builder, child, indent, name);
            return;
        }
        var items = ((IEnumerable)value).Cast<object?>().ToList();
        if (items.Count == 0)
        {
            return;
        }
        if (items.All(i => i is not AstNode))
        {
            builder.Append(' ', indent * 2).Append(name).Append(": [")
                .Append(string.Join(", ", items.Select(Scalar))).Append("]\n");
            return;
        }
        builder.Append(' ', indent * 2).Append(name).Append(":\n");
        foreach (var item in items)
        {
            Write(builder, (AstNode)item!, indent + 1, null);
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "Span" && p.PropertyType != typeof(SourceSpan) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
