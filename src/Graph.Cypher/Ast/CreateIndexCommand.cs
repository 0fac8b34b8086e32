using Graph.Core;

namespace Graph.Cypher.Ast;

/// <summary>
/// CREATE [OR REPLACE] [RANGE|TEXT|POINT|FULLTEXT] INDEX [name] [IF NOT EXISTS] FOR (n:L) ON (n.p, ...)
/// (fulltext: FOR (n:A|B) ON EACH [n.p, ...]; old form CREATE INDEX ON :L(p)). Labels has one entry except
/// for fulltext indexes.
/// </summary>
public sealed record CreateIndexCommand(
    SourceSpan Span,
    string? Name,
    bool IfNotExists,
    bool OrReplace,
    IndexKind Kind,
    Variable? Variable,
    IReadOnlyList<string> Labels,
    bool IsRelationship,
    IReadOnlyList<string> Properties,
    Expression? Options) : SchemaCommand(Span);
