namespace Graph.Core;

/// <summary>One result row: values aligned with the cursor's keys. Immutable.</summary>
public sealed class Record
{
    public Record(IReadOnlyList<string> keys, object?[] values)
    {
        if (keys.Count != values.Length)
        {
            throw new ArgumentException($"Record has {keys.Count} keys but {values.Length} values.", nameof(values));
        }
        Keys = keys;
        Values = values;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Keys.Count; i++)
            {
                if (Keys[i] == key)
                {
                    return Values[i];
                }
            }
            throw new KeyNotFoundException($"The record has no key '{key}'. Keys: {string.Join(", ", Keys)}.");
        }
    }
}
