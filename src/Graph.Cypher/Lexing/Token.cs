using Graph.Core;

namespace Graph.Cypher.Lexing;

/// <summary>
/// One token. <see cref="Value"/> is the identifier name (backticks removed), the decoded string, the
/// parameter name, or the raw text of a number (converted by the parser, which knows about a leading minus).
/// <see cref="Escaped"/> marks a backtick-quoted identifier, which is never a keyword.
/// </summary>
public readonly record struct Token(TokenKind Kind, SourceSpan Span, string Value, bool Escaped = false)
{
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && !Escaped && string.Equals(Value, keyword, StringComparison.OrdinalIgnoreCase);
}
