namespace Graph.Cypher.Lexing;

/// <summary>Lexical categories. Keywords are <see cref="Identifier"/>s: Cypher keywords are contextual.</summary>
public enum TokenKind
{
    EndOfInput,
    Identifier,
    String,
    Integer,
    Float,
    Parameter,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Dot,
    DotDot,
    Colon,
    Semicolon,
    Pipe,
    Ampersand,
    Bang,
    Plus,
    PlusEqual,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    RegexMatch,
    Error,

    /// <summary>Digits running into letters (9223372h5): reported by the parser, which knows the context.</summary>
    InvalidNumber,
}
