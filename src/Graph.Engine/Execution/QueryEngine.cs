using System.Collections.Concurrent;
using Graph.Core;
using Graph.Cypher;
using Graph.Cypher.Diagnostics;
using Graph.Engine.Planning;
using Graph.Engine.Procedures;

namespace Graph.Engine.Execution;

/// <summary>
/// Compiles query text to a plan: parse → semantic analysis → planning, with plans cached by exact text.
/// Compile-time errors carry the span rendered as "(line L, column C (offset: O))". Thread-safe.
/// </summary>
internal sealed class QueryEngine
{
    private readonly ConcurrentDictionary<string, CompiledQuery> _cache = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public QueryEngine(ProcedureRegistry procedures, int capacity)
    {
        Procedures = procedures;
        _capacity = capacity;
    }

    public ProcedureRegistry Procedures { get; }

    public CompiledQuery Compile(string text)
    {
        if (_cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var compiled = CompileUncached(text);
        if (_cache.Count >= _capacity)
        {
            _cache.Clear();
        }
        _cache[text] = compiled;
        return compiled;
    }

    /// <summary>Procedures registered later change what a text means, so plans are dropped then.</summary>
    public void Invalidate() => _cache.Clear();

    private CompiledQuery CompileUncached(string text)
    {
        var parsed = CypherParser.Parse(text);
        if (parsed.Diagnostics.Count > 0 || parsed.Statement is null)
        {
            throw parsed.Diagnostics.Count > 0
                ? parsed.Diagnostics[0].ToException(text)
                : new GraphException(StatusCodes.SyntaxError, "Invalid input");
        }
        var diagnostics = Semantics.SemanticAnalyzer.Analyze(parsed.Statement, text);
        if (diagnostics.Count > 0)
        {
            throw diagnostics[0].ToException(text);
        }
        try
        {
            return new QueryPlanner(text, Procedures).Compile(parsed.Statement);
        }
        catch (GraphException error) when (error.Span is { } span && error.Message.IndexOf("(line ", StringComparison.Ordinal) < 0)
        {
            throw new Diagnostic(error.Code, error.Detail, error.Message, span).ToException(text);
        }
    }
}
