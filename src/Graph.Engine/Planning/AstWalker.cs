using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Graph.Cypher.Ast;

namespace Graph.Engine.Planning;

/// <summary>Generic traversal of AST records (through their AstNode-typed properties). Thread-safe.</summary>
internal static class AstWalker
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IEnumerable<AstNode> Children(AstNode node)
    {
        var properties = Properties.GetOrAdd(node.GetType(), static type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract" && (typeof(AstNode).IsAssignableFrom(p.PropertyType)
                || (typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string))))
            .ToArray());
        foreach (var property in properties)
        {
            switch (property.GetValue(node))
            {
                case AstNode child:
                    yield return child;
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is AstNode element)
                        {
                            yield return element;
                        }
                    }
                    break;
            }
        }
    }

    public static IEnumerable<AstNode> Descendants(AstNode node)
    {
        foreach (var child in Children(node))
        {
            yield return child;
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Names of all variables the expression mentions (an over-approximation of its free variables).</summary>
    public static HashSet<string> VariableNames(AstNode node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (node is Variable self)
        {
            names.Add(self.Name);
        }
        foreach (var descendant in Descendants(node))
        {
            if (descendant is Variable variable)
            {
                names.Add(variable.Name);
            }
        }
        return names;
    }
}
