using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Explorer.Queries;

/// <summary>
/// The header grammar of a saved query (see <see cref="SavedQueryCatalog"/>). Also checks that the text uses
/// exactly the declared parameters, so a form built from the header can always run the query. Not thread-safe
/// (one instance per file).
/// </summary>
internal sealed partial class SavedQueryHeaderParser
{
    private static readonly string[] Types = ["string", "integer", "float", "boolean", "list", "map"];

    private readonly string _name;
    private readonly List<SavedQueryParameter> _parameters = [];
    private readonly StringBuilder _description = new();
    private string? _title;
    private string? _titleEn;
    private bool _inDescription;

    private SavedQueryHeaderParser(string name) => _name = name;

    public static SavedQuery Parse(string name, string content)
    {
        var parser = new SavedQueryHeaderParser(name);
        var lines = content.Replace("\r\n", "\n").Split('\n');
        var body = 0;
        while (body < lines.Length && lines[body].TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            parser.ReadHeaderLine(body + 1, lines[body].TrimStart()[2..].Trim());
            body++;
        }
        var text = string.Join('\n', lines.Skip(body)).Trim();
        return parser.Build(text, body + 1);
    }

    private void ReadHeaderLine(int line, string comment)
    {
        if (!comment.StartsWith('@'))
        {
            if (_inDescription && comment.Length > 0)
            {
                _description.Append(' ').Append(comment);
            }
            return;
        }
        var space = comment.IndexOf(' ');
        var tag = space < 0 ? comment : comment[..space];
        var value = space < 0 ? "" : comment[(space + 1)..].Trim();
        _inDescription = false;
        switch (tag)
        {
            case "@title":
                ReadTitle(line, value);
                break;
            case "@description":
                _description.Append(value);
                _inDescription = true;
                break;
            case "@param":
                _parameters.Add(ReadParameter(line, value));
                break;
            default:
                throw new SavedQueryFormatException(_name, line, $"Unknown header tag {tag} (expected @title, @description or @param).");
        }
    }

    private void ReadTitle(int line, string value)
    {
        if (_title is not null)
        {
            throw new SavedQueryFormatException(_name, line, "Duplicate @title.");
        }
        var bar = value.IndexOf('|');
        _title = (bar < 0 ? value : value[..bar]).Trim();
        _titleEn = bar < 0 ? null : value[(bar + 1)..].Trim();
        if (_title.Length == 0)
        {
            throw new SavedQueryFormatException(_name, line, "Empty @title.");
        }
    }

    private SavedQueryParameter ReadParameter(int line, string value)
    {
        var match = ParameterPattern().Match(value);
        if (!match.Success)
        {
            throw new SavedQueryFormatException(_name, line, $"Bad @param '{value}' (expected: name: type = default  -- description).");
        }
        var name = match.Groups["name"].Value;
        var type = match.Groups["type"].Value;
        if (!Types.Contains(type))
        {
            throw new SavedQueryFormatException(_name, line, $"@param {name}: unknown type '{type}' (expected {string.Join(", ", Types)}).");
        }
        if (_parameters.Any(p => p.Name == name))
        {
            throw new SavedQueryFormatException(_name, line, $"Duplicate @param {name}.");
        }
        var defaultValue = match.Groups["default"].Success ? ReadDefault(line, name, type, match.Groups["default"].Value.Trim()) : null;
        var description = match.Groups["description"].Success ? match.Groups["description"].Value.Trim() : null;
        return new SavedQueryParameter(name, type, defaultValue, string.IsNullOrEmpty(description) ? null : description);
    }

    private object? ReadDefault(int line, string name, string type, string json)
    {
        JsonElement element;
        try
        {
            element = JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new SavedQueryFormatException(_name, line, $"@param {name}: the default is not JSON ({error.Message}).");
        }
        var value = JsonValues.ToCypher(element);
        if (value is not null && !Fits(type, value))
        {
            throw new SavedQueryFormatException(_name, line, $"@param {name}: the default {json} is not of type {type}.");
        }
        return value;
    }

    private static bool Fits(string type, object value) => type switch
    {
        "string" => value is string,
        "integer" => value is long,
        "float" => value is double or long,
        "boolean" => value is bool,
        "list" => value is IReadOnlyList<object?>,
        "map" => value is IReadOnlyDictionary<string, object?>,
        _ => false,
    };

    private SavedQuery Build(string text, int textLine)
    {
        if (_title is null)
        {
            throw new SavedQueryFormatException(_name, 1, "Missing @title header line.");
        }
        if (text.Length == 0)
        {
            throw new SavedQueryFormatException(_name, textLine, "No Cypher text after the header.");
        }
        var used = CypherParameters.In(text);
        var declared = _parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var undeclared = used.Where(p => !declared.Contains(p)).ToList();
        if (undeclared.Count > 0)
        {
            throw new SavedQueryFormatException(_name, textLine, $"The query uses ${undeclared[0]} but no @param declares it.");
        }
        var unused = _parameters.FirstOrDefault(p => !used.Contains(p.Name));
        if (unused is not null)
        {
            throw new SavedQueryFormatException(_name, textLine, $"@param {unused.Name} is declared but the query does not use ${unused.Name}.");
        }
        return new SavedQuery(_name, _title, _titleEn, _description.ToString(), _parameters, text);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?<type>[a-z]+)\s*(?:=\s*(?<default>.+?))?\s*(?:--\s*(?<description>.*))?$")]
    private static partial Regex ParameterPattern();
}
