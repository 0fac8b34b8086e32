namespace Graph.Engine.Functions;

/// <summary>Assembles the built-in registry: each function area registers itself here, one line each.</summary>
internal static class BuiltinFunctions
{
    public static FunctionRegistry Create()
    {
        var registry = new FunctionRegistry();
        TemporalFunctions.Register(registry);
        StringFunctions.Register(registry);
        MathFunctions.Register(registry);
        ListFunctions.Register(registry);
        ConversionFunctions.Register(registry);
        ScalarFunctions.Register(registry);
        return registry;
    }
}
