using Graph.Core;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Cypher's three-valued AND, OR, XOR, NOT over BOOLEAN and null (null = unknown). A non-boolean operand is
/// a TypeError (InvalidArgumentType). Callers wanting short-circuit evaluation test the left operand with
/// <see cref="AsBoolean"/> first: false AND x is false and true OR x is true whatever x is. Thread-safe.
/// </summary>
public static class CypherLogic
{
    public static bool? And(object? left, object? right)
    {
        var a = AsBoolean(left);
        var b = AsBoolean(right);
        if (a == false || b == false) return false;
        return a is null || b is null ? null : true;
    }

    public static bool? Or(object? left, object? right)
    {
        var a = AsBoolean(left);
        var b = AsBoolean(right);
        if (a == true || b == true) return true;
        return a is null || b is null ? null : false;
    }

    public static bool? Xor(object? left, object? right)
    {
        var a = AsBoolean(left);
        var b = AsBoolean(right);
        return a is null || b is null ? null : a != b;
    }

    public static bool? Not(object? operand) => !AsBoolean(operand);

    /// <summary>The operand as a ternary boolean, or a TypeError for any other type.</summary>
    public static bool? AsBoolean(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new GraphException(StatusCodes.TypeError,
            $"Expected a Boolean but got a value of type {CypherValue.TypeName(value)}.", "InvalidArgumentType"),
    };
}
