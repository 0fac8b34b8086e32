using System.Runtime.CompilerServices;
using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>
/// Recursive-descent parser for Neo4j 5 Cypher (openCypher grammar plus Neo4j's schema commands and
/// subquery expressions). A syntax error aborts the current clause (<see cref="SyntaxAbort"/>), is recorded
/// as a diagnostic, and parsing resumes at the next clause keyword so one run reports several errors.
/// Nesting deeper than <see cref="MaxDepth"/> is a diagnostic, never a stack overflow. One per text; not
/// thread-safe.
/// </summary>
internal sealed partial class Parser
{
    internal const int MaxDepth = 200;

    private static readonly HashSet<string> ClauseKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE",
        "DETACH", "FOREACH", "CALL", "UNION", "LOAD", "USE", "DROP", "SHOW", "FINISH",
    };

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private int _index;
    private int _depth;

    public Parser(string text, IReadOnlyList<Token> tokens, DiagnosticBag diagnostics)
    {
        _text = text;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Previous => _tokens[Math.Max(_index - 1, 0)];

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtKeyword(string keyword, int ahead) => PeekToken(ahead).IsKeyword(keyword);

    private bool AtClauseKeyword() =>
        Current.Kind == TokenKind.Identifier && !Current.Escaped && ClauseKeywords.Contains(Current.Value);

    private Token Advance()
    {
        var token = Current;
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }
        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (!At(kind))
        {
            return false;
        }
        Advance();
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            return false;
        }
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string expected)
    {
        if (!At(kind))
        {
            throw Fail(expected);
        }
        return Advance();
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            throw Fail($"'{keyword}'");
        }
        return Advance();
    }

    /// <summary>A symbolic name: any identifier, keywords included (Cypher keywords are not reserved).</summary>
    private Token ExpectName(string expected)
    {
        if (!At(TokenKind.Identifier))
        {
            throw Fail(expected);
        }
        return Advance();
    }

    private SourceSpan SpanFrom(int startOffset) =>
        new(startOffset, Math.Max(0, Previous.Span.End - startOffset));

    private SourceSpan SpanFrom(SourceSpan start) => SpanFrom(start.Start);

    private string TextOf(SourceSpan span) => _text.Substring(span.Start, span.Length);

    /// <summary>Records "Invalid input 'X': expected ..." at the current token and aborts the clause.</summary>
    private SyntaxAbort Fail(string expected)
    {
        var token = Current;
        if (token.Kind == TokenKind.Error)
        {
            // The lexer already explained this token.
            return new SyntaxAbort();
        }
        var found = token.Kind == TokenKind.EndOfInput ? "" : FirstWord(token);
        var message = token.Kind == TokenKind.EndOfInput
            ? $"Invalid input '': expected {expected}"
            : $"Invalid input '{found}': expected {expected}";
        _diagnostics.Syntax(ErrorDetails.UnexpectedSyntax, message, token.Span);
        return new SyntaxAbort();
    }

    private SyntaxAbort Fail(string detail, string message, SourceSpan span)
    {
        _diagnostics.Syntax(detail, message, span);
        return new SyntaxAbort();
    }

    private string FirstWord(Token token) => TextOf(token.Span);

    /// <summary>Bounds recursion (nesting) and the height of operator chains built in loops.</summary>
    private void Enter()
    {
        _depth++;
        if (_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Fail(ErrorDetails.NestingTooDeep,
                $"The query is nested too deeply (more than {MaxDepth} levels)", Current.Span);
        }
    }

    private void Exit(int levels = 1) => _depth -= levels;

    /// <summary>Skips to the next clause keyword outside brackets so parsing can resume after an error.</summary>
    private void Recover()
    {
        var nesting = 0;
        Advance();
        while (!At(TokenKind.EndOfInput))
        {
            if (At(TokenKind.LeftParen) || At(TokenKind.LeftBracket) || At(TokenKind.LeftBrace))
            {
                nesting++;
            }
            else if (At(TokenKind.RightParen) || At(TokenKind.RightBracket) || At(TokenKind.RightBrace))
            {
                nesting = Math.Max(0, nesting - 1);
            }
            else if (nesting == 0 && AtClauseKeyword())
            {
                return;
            }
            Advance();
        }
    }

    /// <summary>Thrown to unwind a clause after its syntax error has been recorded.</summary>
    private sealed class SyntaxAbort : Exception
    {
    }
}
