namespace Graph.Explorer.Import;

/// <summary>
/// One parsed header field, e.g. <c>year:int</c>, <c>aliases:string[]</c>, <c>key:ID</c>, <c>:LABEL</c>.
/// <see cref="Name"/> is the property name (null for <c>:ID</c>, <c>:LABEL</c>, <c>:TYPE</c>...). Immutable.
/// </summary>
public sealed record CsvColumn(int Index, string Header, string? Name, CsvColumnRole Role, CsvValueType Type, bool IsArray)
{
    /// <summary>1-based column number, as error messages print it.</summary>
    public int Number => Index + 1;
}
