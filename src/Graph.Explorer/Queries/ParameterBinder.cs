using System.Globalization;
using Graph.Core;

namespace Graph.Explorer.Queries;

/// <summary>
/// Binds the arguments a user gave (JSON from the web form, name=value text from the CLI) to a saved query's
/// declared parameters: missing ones take their defaults, text is converted to the declared type, and
/// undeclared ones pass through unchanged. Thread-safe (stateless).
/// </summary>
public static class ParameterBinder
{
    public static IReadOnlyDictionary<string, object?> Bind(SavedQuery query, IReadOnlyDictionary<string, object?> given)
    {
        var bound = new Dictionary<string, object?>(given);
        foreach (var parameter in query.Parameters)
        {
            bound[parameter.Name] = given.TryGetValue(parameter.Name, out var value)
                ? Convert(parameter, value)
                : parameter.DefaultValue;
        }
        return bound;
    }

    private static object? Convert(SavedQueryParameter parameter, object? value)
    {
        if (value is not string text || parameter.Type == "string")
        {
            return value;
        }
        object? converted = parameter.Type switch
        {
            "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            "float" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            "boolean" when bool.TryParse(text, out var b) => b,
            "list" or "map" => ParseJson(parameter, text),
            _ => null,
        };
        return converted ?? throw new GraphException(StatusCodes.TypeError,
            $"Parameter ${parameter.Name} expects {parameter.Type}, but got '{text}'.");
    }

    private static object? ParseJson(SavedQueryParameter parameter, string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return Results.CypherJson.FromJson(document.RootElement);
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new GraphException(StatusCodes.TypeError,
                $"Parameter ${parameter.Name} expects a JSON {parameter.Type}: {error.Message}");
        }
    }
}
