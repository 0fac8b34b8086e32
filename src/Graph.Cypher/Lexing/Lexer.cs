using System.Globalization;
using Graph.Core;
using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Lexing;

/// <summary>
/// Turns query text into tokens (openCypher lexical grammar: oC_SymbolicName, oC_StringLiteral,
/// oC_NumberLiteral, comments). Offsets are UTF-16 code units. Problems become diagnostics and an
/// <see cref="TokenKind.Error"/> token; the lexer never throws. One instance per text; not thread-safe.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private int _position;

    public Lexer(string text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    public static IReadOnlyList<Token> Tokenize(string text, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(text, diagnostics);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfInput);
        return tokens;
    }

    public Token Next()
    {
        SkipTrivia();
        if (_position >= _text.Length)
        {
            return new Token(TokenKind.EndOfInput, new SourceSpan(_text.Length, 0), "");
        }
        var c = _text[_position];
        if (IsIdentifierStart(c))
        {
            return LexIdentifier();
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return LexNumber();
        }
        return c switch
        {
            '`' => LexEscapedIdentifier(),
            '\'' or '"' => LexString(c),
            '$' => LexParameter(),
            _ => LexSymbol(c),
        };
    }

    private char Peek(int ahead) =>
        _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    _diagnostics.Syntax(ErrorDetails.UnexpectedSyntax, "Failed to parse comment: missing '*/'",
                        new SourceSpan(_position, 2));
                    _position = _text.Length;
                    return;
                }
                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsIdentifierStart(char c) =>
        char.IsLetter(c) || c == '_' || char.IsSurrogate(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsIdentifierPart(char c)
    {
        if (char.IsLetterOrDigit(c) || c == '_' || char.IsSurrogate(c))
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
    }

    private Token LexIdentifier()
    {
        var start = _position;
        while (_position < _text.Length && IsIdentifierPart(_text[_position]))
        {
            _position++;
        }
        return new Token(TokenKind.Identifier, new SourceSpan(start, _position - start), _text[start.._position]);
    }

    private Token LexEscapedIdentifier()
    {
        var start = _position;
        var name = new System.Text.StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                _diagnostics.Syntax(ErrorDetails.UnexpectedSyntax, "Failed to parse identifier: missing closing '`'",
                    new SourceSpan(start, 1));
                return new Token(TokenKind.Error, new SourceSpan(start, _position - start), name.ToString());
            }
            var c = _text[_position++];
            if (c == '`')
            {
                // A doubled backtick is an escaped backtick inside the name.
                if (Peek(0) == '`')
                {
                    name.Append('`');
                    _position++;
                    continue;
                }
                return new Token(TokenKind.Identifier, new SourceSpan(start, _position - start), name.ToString(), true);
            }
            name.Append(c);
        }
    }

    private Token LexParameter()
    {
        var start = _position;
        _position++;
        string name;
        if (Peek(0) == '`')
        {
            name = LexEscapedIdentifier().Value;
        }
        else if (IsIdentifierStart(Peek(0)) || char.IsAsciiDigit(Peek(0)))
        {
            var nameStart = _position;
            while (_position < _text.Length && IsIdentifierPart(_text[_position]))
            {
                _position++;
            }
            name = _text[nameStart.._position];
        }
        else
        {
            _diagnostics.Syntax(ErrorDetails.UnexpectedSyntax, InvalidInput(_position, "a parameter name"),
                new SourceSpan(_position, Math.Min(1, _text.Length - _position)));
            return new Token(TokenKind.Error, new SourceSpan(start, 1), "$");
        }
        return new Token(TokenKind.Parameter, new SourceSpan(start, _position - start), name);
    }

    internal string InvalidInput(int position, string expected)
    {
        var found = position >= _text.Length ? "" : _text.Substring(position, char.IsSurrogatePair(_text, position) ? 2 : 1);
        return position >= _text.Length
            ? $"Invalid input '': expected {expected}"
            : $"Invalid input '{found}': expected {expected}";
    }
}
