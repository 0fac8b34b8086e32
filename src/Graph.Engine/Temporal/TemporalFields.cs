using Graph.Core.Values;

namespace Graph.Engine.Temporal;

/// <summary>
/// The fields of a temporal construction map ({year, month, ..., timezone, date, time, datetime}), read and
/// type-checked once. Keys are matched case-insensitively, as Neo4j does. One per call; not shared.
/// </summary>
internal sealed class TemporalFields
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "month", "day", "week", "dayOfWeek", "quarter", "dayOfQuarter", "ordinalDay",
        "hour", "minute", "second", "millisecond", "microsecond", "nanosecond", "timezone",
        "date", "time", "datetime", "epochSeconds", "epochMillis",
    };

    private readonly Dictionary<string, object?> _values = new(StringComparer.OrdinalIgnoreCase);

    public TemporalFields(IReadOnlyDictionary<string, object?> map, string function)
    {
        foreach (var (key, value) in map)
        {
            if (!Known.Contains(key))
            {
                TemporalErrors.InvalidValue($"No such field: {key}");
            }
            if (value is null)
            {
                HasNull = true;
            }
            _values[key] = value;
        }
        Function = function;
    }

    public string Function { get; }

    /// <summary>A null field value makes the whole construction null (Cypher null propagation).</summary>
    public bool HasNull { get; }

    public bool Has(string key) => _values.ContainsKey(key);

    public bool HasAny(params string[] keys) => keys.Any(_values.ContainsKey);

    public int Count => _values.Count;

    public object? Raw(string key) => _values.GetValueOrDefault(key);

    public long? Long(string key)
    {
        if (!_values.TryGetValue(key, out var value)) return null;
        return value switch
        {
            long l => l,
            double d when Math.Floor(d) == d && Math.Abs(d) < 9e18 => (long)d,
            _ => TemporalErrors.InvalidValue<long>(
                $"{key} must be an integer value, but was a {CypherValue.TypeName(value)}"),
        };
    }

    public TemporalZone? Zone()
    {
        if (!_values.TryGetValue("timezone", out var value)) return null;
        return value is string text
            ? TemporalZone.Parse(text)
            : TemporalErrors.InvalidValue<TemporalZone>($"timezone must be a string, but was a {CypherValue.TypeName(value)}");
    }

    public bool HasDateFields => HasAny("year", "month", "day", "week", "dayOfWeek", "quarter", "dayOfQuarter", "ordinalDay");

    public bool HasTimeFields => HasAny("hour", "minute", "second", "millisecond", "microsecond", "nanosecond");
}
