using Graph.Core;
using Graph.Engine.Functions;

namespace Graph.Engine.Tests.Functions;

/// <summary>Calls built-in functions through the registry, as the executor does.</summary>
internal static class F
{
    public static object? Call(string name, params object?[] arguments)
    {
        Assert.True(FunctionRegistry.Builtins.TryGet(name, out var function), $"{name} is registered");
        Assert.InRange(arguments.Length, function.MinArguments, function.MaxArguments);
        return function.Invoke(arguments, FunctionContext.Now());
    }

    public static GraphException Fails(string name, params object?[] arguments) =>
        Assert.Throws<GraphException>(() => Call(name, arguments));

    public static void AssertError(GraphException error, string code, string detail)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(detail, error.Detail);
    }
}
