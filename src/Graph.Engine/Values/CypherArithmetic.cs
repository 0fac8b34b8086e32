using Graph.Core;
using Graph.Core.Values;
using Graph.Engine.Temporal;

namespace Graph.Engine.Values;

/// <summary>
/// Cypher's binary + - * / % ^ and unary minus, as Neo4j's CypherMath: INTEGER arithmetic is checked
/// (overflow is an ArithmeticError, never a wrap-around), FLOAT is IEEE 754, a mix promotes to FLOAT, ^ is
/// always FLOAT; + also concatenates strings (a number or boolean beside a string is rendered as text) and
/// lists (a non-list beside a list is appended or prepended). A null operand gives null. Temporal operands
/// are delegated to <see cref="TemporalArithmetic"/>. Thread-safe (stateless).
/// </summary>
public static class CypherArithmetic
{
    public static object? Apply(ArithmeticOperator op, object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long x && right is long y) return ApplyIntegers(op, x, y);
        if (NumberComparison.IsNumber(left) && NumberComparison.IsNumber(right))
        {
            return ApplyFloats(op, Convert.ToDouble(left), Convert.ToDouble(right));
        }
        if ((IsTemporal(left) || IsTemporal(right)) && TemporalArithmetic.TryApply(op, left, right, out var result))
        {
            return result;
        }
        return op == ArithmeticOperator.Add ? Add(left, right) : throw TypeMismatch(op, left, right);
    }

    public static object? Negate(object? operand) => operand switch
    {
        null => null,
        long l when l == long.MinValue => throw Overflow(),
        long l => -l,
        double d => -d,
        CypherDuration when TemporalArithmetic.TryApply(ArithmeticOperator.Multiply, operand, -1L, out var result) => result,
        _ => throw new GraphException(StatusCodes.TypeError,
            $"Cannot negate a value of type {CypherValue.TypeName(operand)}.", "InvalidArgumentType"),
    };

    private static object ApplyIntegers(ArithmeticOperator op, long x, long y)
    {
        if (op == ArithmeticOperator.Power) return Power(x, y);
        try
        {
            return op switch
            {
                ArithmeticOperator.Add => checked(x + y),
                ArithmeticOperator.Subtract => checked(x - y),
                ArithmeticOperator.Multiply => checked(x * y),
                ArithmeticOperator.Divide => Divide(x, y),
                // .NET throws on long.MinValue % -1; the mathematical (and Java) answer is 0.
                ArithmeticOperator.Modulo => y == 0 ? throw DivisionByZero() : y == -1 ? 0L : x % y,
                _ => throw new ArgumentOutOfRangeException(nameof(op)),
            };
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    private static long Divide(long x, long y)
    {
        if (y == 0) throw DivisionByZero();
        return checked(x / y);
    }

    private static double ApplyFloats(ArithmeticOperator op, double x, double y) => op switch
    {
        ArithmeticOperator.Add => x + y,
        ArithmeticOperator.Subtract => x - y,
        ArithmeticOperator.Multiply => x * y,
        ArithmeticOperator.Divide => x / y,
        ArithmeticOperator.Modulo => x % y,
        ArithmeticOperator.Power => Power(x, y),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>Java's Math.pow, which Neo4j uses: unlike .NET it answers NaN for 1^NaN and (±1)^±∞.</summary>
    internal static double Power(double x, double y)
    {
        if (double.IsNaN(y)) return double.NaN;
        if (Math.Abs(x) == 1 && double.IsInfinity(y)) return double.NaN;
        return Math.Pow(x, y);
    }

    private static object Add(object left, object right)
    {
        if (left is IReadOnlyList<object?> leftList)
        {
            return right is IReadOnlyList<object?> rightList ? [.. leftList, .. rightList] : new List<object?>([.. leftList, right]);
        }
        if (right is IReadOnlyList<object?> list) return new List<object?>([left, .. list]);
        if (left is string || right is string)
        {
            var leftText = ValueText.ToText(left);
            var rightText = ValueText.ToText(right);
            if (leftText is not null && rightText is not null) return leftText + rightText;
        }
        throw TypeMismatch(ArithmeticOperator.Add, left, right);
    }

    private static bool IsTemporal(object value) =>
        value is CypherDate or CypherTime or CypherLocalTime or CypherDateTime or CypherLocalDateTime or CypherDuration;

    private static GraphException Overflow() =>
        new(StatusCodes.ArithmeticError, "long overflow", "IntegerOverflow");

    private static GraphException DivisionByZero() =>
        new(StatusCodes.ArithmeticError, "/ by zero", "DivisionByZero");

    private static GraphException TypeMismatch(ArithmeticOperator op, object left, object right)
    {
        var verb = op switch
        {
            ArithmeticOperator.Add => "add",
            ArithmeticOperator.Subtract => "subtract",
            ArithmeticOperator.Multiply => "multiply",
            ArithmeticOperator.Divide => "divide",
            ArithmeticOperator.Modulo => "compute the remainder of",
            _ => "raise to a power",
        };
        return new GraphException(StatusCodes.TypeError,
            $"Cannot {verb} `{CypherValue.TypeName(left)}` and `{CypherValue.TypeName(right)}`.", "InvalidArgumentType");
    }
}
