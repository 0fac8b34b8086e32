using Graph.Core;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Maps our errors (Neo4j status codes on <see cref="GraphException.Code"/>) to the TCK's error types
/// (TCK README "Errors"). The detail (UndefinedVariable, ...) must match <see cref="GraphException.Detail"/>
/// exactly unless the TCK writes '*'. Stateless, thread-safe.
/// </summary>
public static class TckErrors
{
    private static readonly IReadOnlyDictionary<string, string[]> TypesByCode = new Dictionary<string, string[]>
    {
        [StatusCodes.SyntaxError] = ["SyntaxError"],
        [StatusCodes.SemanticError] = ["SemanticError"],
        [StatusCodes.TypeError] = ["TypeError"],
        [StatusCodes.ArgumentError] = ["ArgumentError"],
        [StatusCodes.ArithmeticError] = ["ArithmeticError"],
        [StatusCodes.EntityNotFound] = ["EntityNotFound"],
        [StatusCodes.ParameterMissing] = ["ParameterMissing"],
        // Neo4j reports both constraint failures (e.g. deleting a node that still has relationships) with one code.
        [StatusCodes.ConstraintValidationFailed] = ["ConstraintVerificationFailed", "ConstraintValidationFailed"],
        [StatusCodes.ProcedureNotFound] = ["ProcedureError"],
        [StatusCodes.ProcedureCallFailed] = ["ProcedureError"],
    };

    /// <summary>The TCK error types the code stands for; empty when it maps to none.</summary>
    public static IReadOnlyList<string> TypesOf(string code) => TypesByCode.TryGetValue(code, out var types) ? types : [];

    /// <summary>Null when <paramref name="error"/> raised in <paramref name="phase"/> satisfies the expectation, else why not.</summary>
    public static string? Mismatch(TckStep.ExpectError expected, GraphException error, string phase)
    {
        var types = TypesOf(error.Code);
        if (expected.Type != "Error" && !types.Contains(expected.Type))
        {
            return $"expected {expected.Type}, got {error.Code}";
        }
        if (expected.Phase != "any time" && expected.Phase != phase)
        {
            return $"expected at {expected.Phase}, raised at {phase}";
        }
        if (expected.Detail != "*" && expected.Detail != error.Detail)
        {
            return $"expected detail {expected.Detail}, got {error.Detail ?? "none"}";
        }
        return null;
    }
}
