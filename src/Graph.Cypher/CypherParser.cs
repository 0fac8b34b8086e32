using Graph.Cypher.Diagnostics;
using Graph.Cypher.Lexing;
using Graph.Cypher.Parsing;

namespace Graph.Cypher;

/// <summary>
/// Entry point of the front end: text → tokens → AST. Never throws for bad input (syntax errors, deep nesting);
/// they come back as diagnostics. Stateless and thread-safe.
/// </summary>
public static class CypherParser
{
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        var tokens = Lexer.Tokenize(text, diagnostics);
        // Lexical diagnostics come first: they are more specific than the parser's complaint about the
        // error token they leave behind.
        var statement = new Parser(text, tokens, diagnostics).ParseStatement();
        return new ParseResult(diagnostics.Count == 0 ? statement : null, diagnostics.Items.ToList());
    }
}
