using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

/// <summary>
/// Compile-time checks between parsing and planning (openCypher's semantic rules): variable scoping per
/// clause (WITH/RETURN start new scopes), pattern binding rules per clause kind, aggregation rules, UNION
/// columns, literal-level type errors, known functions. Reports diagnostics with the TCK's detail names and
/// code Neo.ClientError.Statement.SyntaxError (as Neo4j does); never throws for bad queries. One instance per
/// analysis; the static entry is thread-safe.
/// </summary>
public sealed partial class SemanticAnalyzer
{
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics = [];

    private SemanticAnalyzer(string text)
    {
        _text = text;
    }

    public static IReadOnlyList<Diagnostic> Analyze(Statement statement, string text)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(text);
        var analyzer = new SemanticAnalyzer(text);
        try
        {
            if (statement is QueryStatement query)
            {
                analyzer.AnalyzeQuery(query.Query, new Scope(), QueryKind.Top);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            analyzer.Error(ErrorDetails.NestingTooDeep, "The query is nested too deeply", statement.Span);
        }
        return analyzer._diagnostics;
    }

    private enum QueryKind
    {
        Top,
        CallSubquery,
        Exists,
        Count,
        Collect,
    }

    private void Error(string detail, string message, SourceSpan span) =>
        _diagnostics.Add(new Diagnostic(StatusCodes.SyntaxError, detail, message, span));

    /// <summary>Analyzes a query; returns its result columns (empty when it returns nothing).</summary>
    private IReadOnlyList<string> AnalyzeQuery(Query query, Scope outer, QueryKind kind)
    {
        if (query is SingleQuery single)
        {
            return AnalyzeSingleQuery(single, outer, kind);
        }
        var parts = new List<SingleQuery>();
        var all = new HashSet<bool>();
        var node = query;
        while (node is UnionQuery union)
        {
            parts.Add(union.Right);
            all.Add(union.All);
            node = union.Left;
        }
        parts.Add((SingleQuery)node);
        parts.Reverse();
        if (all.Count > 1)
        {
            Error(ErrorDetails.InvalidClauseComposition, "Invalid combination of UNION and UNION ALL", query.Span);
        }
        var columns = AnalyzeSingleQuery(parts[0], outer, kind);
        foreach (var part in parts.Skip(1))
        {
            var next = AnalyzeSingleQuery(part, outer, kind);
            if (!next.SequenceEqual(columns))
            {
                Error(ErrorDetails.DifferentColumnsInUnion,
                    "All sub queries in an UNION must have the same return column names", part.Span);
            }
        }
        return columns;
    }

    private IReadOnlyList<string> AnalyzeSingleQuery(SingleQuery query, Scope outer, QueryKind kind)
    {
        var scope = new Scope(outer);
        IReadOnlyList<string> columns = [];
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            var clause = query.Clauses[i];
            var last = i == query.Clauses.Count - 1;
            if (clause is ReturnClause && !last)
            {
                Error(ErrorDetails.InvalidClauseComposition, "RETURN can only be used at the end of the query", clause.Span);
            }
            if (kind is QueryKind.Exists or QueryKind.Count or QueryKind.Collect && IsUpdating(clause))
            {
                Error(ErrorDetails.InvalidClauseComposition,
                    "An Exists Expression cannot contain any updates", clause.Span);
            }
            if (clause is CallClause { YieldAll: true } && query.Clauses.Count > 1)
            {
                Error(ErrorDetails.UnexpectedSyntax,
                    "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)",
                    clause.Span);
            }
            scope = AnalyzeClause(clause, scope);
            if (clause is ReturnClause ret)
            {
                columns = ProjectionColumns(ret.Body, scope);
            }
        }
        CheckConclusion(query, kind);
        return columns;
    }

    private void CheckConclusion(SingleQuery query, QueryKind kind)
    {
        if (kind is QueryKind.Exists or QueryKind.Count || query.Clauses.Count == 0)
        {
            return;
        }
        var last = query.Clauses[^1];
        if (last is MatchClause or WithClause or UnwindClause || (last is CallClause call && call.Yield is not null && query.Clauses.Count > 1))
        {
            var name = last switch
            {
                MatchClause { Optional: true } => "OPTIONAL MATCH",
                MatchClause => "MATCH",
                WithClause => "WITH",
                UnwindClause => "UNWIND",
                _ => "CALL",
            };
            Error(ErrorDetails.InvalidClauseComposition,
                $"Query cannot conclude with {name} (must be a RETURN clause, a FINISH clause, an update clause, a unit subquery call, or a procedure call with no YIELD)",
                last.Span);
        }
    }

    private static bool IsUpdating(Clause clause) =>
        clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause;

    private static IReadOnlyList<string> ProjectionColumns(ProjectionBody body, Scope output) =>
        body.IncludeExisting ? output.Names : body.Items.Select(i => i.Name).ToList();

    /// <summary>Source text without whitespace, to recognise a repeated expression (ORDER BY a.x after RETURN a.x).</summary>
    private string Normalize(Expression expression)
    {
        var span = expression.Span;
        var text = span.End <= _text.Length ? _text.Substring(span.Start, span.Length) : "";
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
