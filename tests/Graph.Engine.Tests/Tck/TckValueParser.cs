using System.Globalization;
using System.Text;

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// Recursive-descent parser for the TCK value syntax (NOTES.md §4; the old Scala CypherValueParser's grammar):
/// scalars, lists, maps, nodes <c>(:L {k: v})</c>, relationships <c>[:T {k: v}]</c> and paths
/// <c>&lt;(a)-[:T]-&gt;(b)&gt;</c>. Input is a table cell after Gherkin's own unescaping. Stateless, thread-safe.
/// </summary>
public static class TckValueParser
{
    public static TckValue Parse(string text)
    {
        var reader = new Reader(text);
        reader.SkipSpace();
        var value = reader.ParseValue();
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw reader.Error("unexpected text after the value");
        }
        return value;
    }

    private sealed class Reader(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        private char Peek(int ahead = 0) => _pos + ahead < text.Length ? text[_pos + ahead] : '\0';

        public FormatException Error(string what) =>
            new($"Bad TCK value '{text}': {what} at offset {_pos}.");

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (Peek() != c) throw Error($"expected '{c}'");
            _pos++;
        }

        private bool TryTake(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _pos, token, 0, token.Length) != 0) return false;
            _pos += token.Length;
            return true;
        }

        public TckValue ParseValue()
        {
            SkipSpace();
            return Peek() switch
            {
                '\'' => new TckValue.Scalar(ParseString()),
                '[' when PeekAfterSpace(1) == ':' => ParseRelationship(),
                '[' => ParseList(),
                '{' => ParseMap(),
                '(' => ParseNode(),
                '<' => ParsePath(),
                _ => ParseWord(),
            };
        }

        private char PeekAfterSpace(int from)
        {
            var i = _pos + from;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            return i < text.Length ? text[i] : '\0';
        }

        private string ParseString()
        {
            Expect('\'');
            var result = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw Error("unterminated string");
                var c = text[_pos++];
                if (c == '\'') return result.ToString();
                if (c == '\\' && (Peek() == '\'' || Peek() == '\\'))
                {
                    c = text[_pos++];
                }
                result.Append(c);
            }
        }

        private TckValue.List ParseList()
        {
            Expect('[');
            var items = new List<TckValue>();
            SkipSpace();
            if (Peek() != ']')
            {
                do { items.Add(ParseValue()); } while (TryTake(","));
            }
            Expect(']');
            return new TckValue.List(items);
        }

        private TckValue.Map ParseMap()
        {
            Expect('{');
            var entries = new List<KeyValuePair<string, TckValue>>();
            SkipSpace();
            if (Peek() != '}')
            {
                do
                {
                    var key = ParseName("map key");
                    Expect(':');
                    entries.Add(new(key, ParseValue()));
                } while (TryTake(","));
            }
            Expect('}');
            if (entries.Select(e => e.Key).Distinct().Count() != entries.Count) throw Error("duplicate map key");
            return new TckValue.Map(entries);
        }

        private string ParseName(string what)
        {
            SkipSpace();
            if (Peek() == '`')
            {
                var end = text.IndexOf('`', _pos + 1);
                if (end < 0) throw Error("unterminated back-quoted name");
                var quoted = text[(_pos + 1)..end];
                _pos = end + 1;
                return quoted;
            }
            var start = _pos;
            while (!AtEnd && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '_' or '$')) _pos++;
            if (start == _pos) throw Error($"expected a {what}");
            return text[start.._pos];
        }

        private TckValue.Node ParseNode()
        {
            Expect('(');
            var labels = new List<string>();
            while (TryTake(":")) labels.Add(ParseName("label"));
            var properties = OptionalProperties();
            Expect(')');
            return new TckValue.Node(labels, properties);
        }

        private TckValue.Relationship ParseRelationship()
        {
            Expect('[');
            Expect(':');
            var type = ParseName("relationship type");
            var properties = OptionalProperties();
            Expect(']');
            return new TckValue.Relationship(type, properties);
        }

        private TckValue.Map OptionalProperties()
        {
            SkipSpace();
            return Peek() == '{' ? ParseMap() : new TckValue.Map([]);
        }

        private TckValue.Path ParsePath()
        {
            Expect('<');
            var start = ParseNode();
            var hops = new List<TckValue.PathHop>();
            while (true)
            {
                if (TryTake("<-"))
                {
                    var rel = ParseRelationship();
                    Expect('-');
                    hops.Add(new TckValue.PathHop(rel, false, ParseNode()));
                }
                else if (TryTake("-"))
                {
                    var rel = ParseRelationship();
                    if (!TryTake("->")) throw Error("expected '->'");
                    hops.Add(new TckValue.PathHop(rel, true, ParseNode()));
                }
                else
                {
                    break;
                }
            }
            Expect('>');
            return new TckValue.Path(start, hops);
        }

        private TckValue ParseWord()
        {
            var start = _pos;
            if (Peek() is '-' or '+') _pos++;
            while (!AtEnd && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '.'
                || ((text[_pos] is '-' or '+') && text[_pos - 1] is 'e' or 'E')))
            {
                _pos++;
            }
            var word = text[start.._pos];
            return word switch
            {
                "" => throw Error("expected a value"),
                "null" => TckValue.Null,
                "true" => new TckValue.Scalar(true),
                "false" => new TckValue.Scalar(false),
                "NaN" => new TckValue.Scalar(double.NaN),
                "Inf" or "Infinity" or "+Inf" or "+Infinity" => new TckValue.Scalar(double.PositiveInfinity),
                "-Inf" or "-Infinity" => new TckValue.Scalar(double.NegativeInfinity),
                _ => ParseNumber(word),
            };
        }

        private TckValue.Scalar ParseNumber(string word)
        {
            var isFloat = word.IndexOfAny(['.', 'e', 'E']) >= 0;
            if (!isFloat && long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return new TckValue.Scalar(integer);
            }
            if (isFloat && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && char.IsDigit(word[^1]))
            {
                return new TckValue.Scalar(number);
            }
            throw Error($"'{word}' is not a value");
        }
    }
}
