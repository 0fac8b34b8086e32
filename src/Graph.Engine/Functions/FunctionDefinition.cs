namespace Graph.Engine.Functions;

/// <summary>
/// A scalar function over Cypher values (the Core value model). Arguments arrive already evaluated; null
/// handling is the function's own (most Cypher functions return null on a null argument). Errors are thrown
/// as GraphException with Neo4j codes and the TCK detail name (InvalidArgumentType, InvalidArgumentValue,
/// IntegerOverflow, NumberOutOfRange...).
/// </summary>
public delegate object? ScalarFunction(ReadOnlySpan<object?> arguments, FunctionContext context);

/// <param name="Name">Lower-case, dotted for namespaces ("date.truncate"); lookups are case-insensitive.</param>
/// <param name="MaxArguments">int.MaxValue for variadic functions such as coalesce.</param>
public sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, ScalarFunction Invoke)
{
    /// <summary>False for functions whose result may change between calls (rand(), randomUUID(), datetime.realtime()).</summary>
    public bool IsDeterministic { get; init; } = true;
}
