using System.Globalization;
using Graph.Engine.Functions;
using Graph.Engine.Temporal;
using Graph.Engine.Values;

namespace Graph.Engine.Tests.Temporal;

/// <summary>
/// Evaluates the small expression subset the TCK's temporal examples are written in (function calls, maps,
/// string/number literals, null, a trailing .component, and infix + - * /), through the real function
/// registry, components and arithmetic, so test rows can be pasted from the feature files verbatim.
/// </summary>
internal sealed class TemporalExpression
{
    public static readonly FunctionContext Context = new(
        new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));

    private readonly string _text;
    private int _pos;

    private TemporalExpression(string text) => _text = text;

    public static object? Evaluate(string text)
    {
        var parser = new TemporalExpression(text);
        var value = parser.Additive();
        parser.Skip();
        if (parser._pos != text.Length) throw new FormatException($"Unexpected text at {parser._pos}: {text}");
        return value;
    }

    public static string Render(string text) => Evaluate(text)?.ToString() ?? "null";

    private object? Additive()
    {
        var left = Multiplicative();
        while (TryOp('+', '-', out var op))
        {
            left = Apply(op == '+' ? ArithmeticOperator.Add : ArithmeticOperator.Subtract, left, Multiplicative());
        }
        return left;
    }

    private object? Multiplicative()
    {
        var left = Postfix();
        while (TryOp('*', '/', out var op))
        {
            left = Apply(op == '*' ? ArithmeticOperator.Multiply : ArithmeticOperator.Divide, left, Postfix());
        }
        return left;
    }

    private static object? Apply(ArithmeticOperator op, object? left, object? right) =>
        TemporalArithmetic.TryApply(op, left, right, out var result) ? result
            : throw new InvalidOperationException($"No temporal arithmetic for {op}");

    private object? Postfix()
    {
        var value = Primary();
        while (Peek() == '.')
        {
            _pos++;
            var name = Identifier();
            value = TemporalComponents.TryGet(value!, name, out var component) ? component
                : throw new InvalidOperationException($"No component {name}");
        }
        return value;
    }

    private object? Primary()
    {
        var c = Peek();
        if (c == '{') return Map();
        if (c == '\'') return String();
        if (char.IsDigit(c) || c == '-') return Number();
        var name = Identifier();
        while (Peek() == '.' && char.IsLetter(_text[_pos + 1]))
        {
            _pos++;
            name += "." + Identifier();
        }
        if (name == "null") return null;
        Expect('(');
        var args = new List<object?>();
        while (Peek() != ')')
        {
            args.Add(Additive());
            if (Peek() == ',') _pos++;
        }
        Expect(')');
        if (!FunctionRegistry.Builtins.TryGet(name, out var function)) throw new InvalidOperationException("No function " + name);
        return function.Invoke(args.ToArray(), Context);
    }

    private Dictionary<string, object?> Map()
    {
        Expect('{');
        var map = new Dictionary<string, object?>();
        while (Peek() != '}')
        {
            var key = Identifier();
            Expect(':');
            map[key] = Additive();
            if (Peek() == ',') _pos++;
        }
        Expect('}');
        return map;
    }

    private string String()
    {
        Expect('\'');
        var end = _text.IndexOf('\'', _pos);
        var value = _text[_pos..end];
        _pos = end + 1;
        return value;
    }

    private object Number()
    {
        Skip();
        var start = _pos;
        if (_text[_pos] == '-') _pos++;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
        var text = _text[start.._pos];
        return text.Contains('.') ? double.Parse(text, CultureInfo.InvariantCulture) : (object)long.Parse(text, CultureInfo.InvariantCulture);
    }

    private string Identifier()
    {
        Skip();
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        return _text[start.._pos];
    }

    private bool TryOp(char a, char b, out char op)
    {
        op = Peek();
        if (op != a && op != b) return false;
        _pos++;
        return true;
    }

    private char Peek()
    {
        Skip();
        return _pos < _text.Length ? _text[_pos] : '\0';
    }

    private void Skip()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private void Expect(char c)
    {
        if (Peek() != c) throw new FormatException($"Expected '{c}' at {_pos}: {_text}");
        _pos++;
    }
}
