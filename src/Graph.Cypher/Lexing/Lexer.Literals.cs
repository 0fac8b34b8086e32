using System.Globalization;
using System.Text;
using Graph.Core;
using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Lexing;

public sealed partial class Lexer
{
    private Token LexString(char quote)
    {
        var start = _position;
        var value = new StringBuilder();
        _position++;
        var valid = true;
        while (true)
        {
            if (_position >= _text.Length)
            {
                _diagnostics.Syntax(ErrorDetails.UnexpectedSyntax, "Failed to parse string literal. The query must contain an even number of non-escaped quotes.",
                    new SourceSpan(start, 1));
                return new Token(TokenKind.Error, new SourceSpan(start, _position - start), value.ToString());
            }
            var c = _text[_position];
            if (c == quote)
            {
                _position++;
                var span = new SourceSpan(start, _position - start);
                return new Token(valid ? TokenKind.String : TokenKind.Error, span, value.ToString());
            }
            if (c == '\\')
            {
                valid &= LexEscape(value);
                continue;
            }
            value.Append(c);
            _position++;
        }
    }

    // openCypher oC_EscapedChar: \\ \' \" \b \f \n \r \t \uXXXX \UXXXXXXXX.
    private bool LexEscape(StringBuilder value)
    {
        var escapeStart = _position;
        var e = Peek(1);
        _position += 2;
        switch (e)
        {
            case '\\': value.Append('\\'); return true;
            case '\'': value.Append('\''); return true;
            case '"': value.Append('"'); return true;
            case 'b' or 'B': value.Append('\b'); return true;
            case 'f' or 'F': value.Append('\f'); return true;
            case 'n' or 'N': value.Append('\n'); return true;
            case 'r' or 'R': value.Append('\r'); return true;
            case 't' or 'T': value.Append('\t'); return true;
            case 'u': return LexUnicodeEscape(value, escapeStart, 4);
            case 'U': return LexUnicodeEscape(value, escapeStart, 8);
            default:
                // Neo4j keeps an unknown escape as written (backslash included).
                value.Append('\\');
                _position--;
                return true;
        }
    }

    private bool LexUnicodeEscape(StringBuilder value, int escapeStart, int digits)
    {
        var hexStart = _position;
        var count = 0;
        while (count < digits && char.IsAsciiHexDigit(Peek(0)))
        {
            _position++;
            count++;
        }
        if (count < digits ||
            !int.TryParse(_text.AsSpan(hexStart, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) ||
            code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF && digits == 8))
        {
            _diagnostics.Syntax(ErrorDetails.InvalidUnicodeLiteral, $"Invalid input '{_text[escapeStart..Math.Max(_position, escapeStart + 2)]}': expected four hexadecimal digits specifying a unicode character",
                new SourceSpan(escapeStart, Math.Max(_position, escapeStart + 2) - escapeStart));
            return false;
        }
        if (code <= 0xFFFF)
        {
            value.Append((char)code);
        }
        else
        {
            value.Append(char.ConvertFromUtf32(code));
        }
        return true;
    }

    private Token LexNumber()
    {
        var start = _position;
        if (_text[_position] == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            return LexRadixNumber(start);
        }
        var isFloat = false;
        SkipDigits();
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }
        if (Peek(0) is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '-' or '+' && char.IsAsciiDigit(Peek(2)))))
        {
            isFloat = true;
            _position += 2;
            SkipDigits();
        }
        if (IsIdentifierPart(Peek(0)))
        {
            // Digits running into letters (1B2c) are not a number and not a name.
            while (_position < _text.Length && IsIdentifierPart(_text[_position]))
            {
                _position++;
            }
            return new Token(TokenKind.InvalidNumber, new SourceSpan(start, _position - start), _text[start.._position]);
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Integer, new SourceSpan(start, _position - start), _text[start.._position]);
    }

    private Token LexRadixNumber(int start)
    {
        var hex = Peek(1) is 'x' or 'X';
        _position += 2;
        var digitsStart = _position;
        while (_position < _text.Length && IsIdentifierPart(_text[_position]))
        {
            _position++;
        }
        var digits = _text.AsSpan(digitsStart, _position - digitsStart);
        var valid = digits.Length > 0;
        foreach (var d in digits)
        {
            valid &= hex ? char.IsAsciiHexDigit(d) : d is >= '0' and <= '7';
        }
        var span = new SourceSpan(start, _position - start);
        if (!valid)
        {
            _diagnostics.Syntax(ErrorDetails.InvalidNumberLiteral, $"Invalid input '{_text[start.._position]}': expected a {(hex ? "hexadecimal" : "octal")} integer", span);
            return new Token(TokenKind.Error, span, _text[start.._position]);
        }
        return new Token(TokenKind.Integer, span, _text[start.._position]);
    }

    private void SkipDigits()
    {
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }
    }

    private Token LexSymbol(char c)
    {
        var start = _position;
        var next = Peek(1);
        (TokenKind kind, int length) = c switch
        {
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            '{' => (TokenKind.LeftBrace, 1),
            '}' => (TokenKind.RightBrace, 1),
            ',' => (TokenKind.Comma, 1),
            '.' when next == '.' => (TokenKind.DotDot, 2),
            '.' => (TokenKind.Dot, 1),
            ':' => (TokenKind.Colon, 1),
            ';' => (TokenKind.Semicolon, 1),
            '|' => (TokenKind.Pipe, 1),
            '&' => (TokenKind.Ampersand, 1),
            '!' when next == '=' => (TokenKind.NotEqual, 2),
            '!' => (TokenKind.Bang, 1),
            '+' when next == '=' => (TokenKind.PlusEqual, 2),
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '%' => (TokenKind.Percent, 1),
            '^' => (TokenKind.Caret, 1),
            '=' when next == '~' => (TokenKind.RegexMatch, 2),
            '=' => (TokenKind.Equal, 1),
            '<' when next == '>' => (TokenKind.NotEqual, 2),
            '<' when next == '=' => (TokenKind.LessThanOrEqual, 2),
            '<' => (TokenKind.LessThan, 1),
            '>' when next == '=' => (TokenKind.GreaterThanOrEqual, 2),
            '>' => (TokenKind.GreaterThan, 1),
            _ => (TokenKind.Error, char.IsSurrogatePair(_text, _position) ? 2 : 1),
        };
        _position += length;
        var span = new SourceSpan(start, length);
        if (kind == TokenKind.Error)
        {
            var detail = c > 127 ? ErrorDetails.InvalidUnicodeCharacter : ErrorDetails.UnexpectedSyntax;
            _diagnostics.Syntax(detail, InvalidInput(start, "an expression, a clause or a symbol"), span);
        }
        return new Token(kind, span, _text.Substring(start, length));
    }
}
