using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Evaluation;

/// <summary>
/// The aggregating functions (count, collect, sum, avg, min, max, stDev, stDevP, percentileCont,
/// percentileDisc) as accumulators. One accumulator per group and aggregate call; not thread-safe.
/// </summary>
internal static class Aggregates
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "collect", "sum", "avg", "min", "max", "stdev", "stdevp", "percentilecont", "percentiledisc",
    };

    public static bool IsAggregate(string name) => Names.Contains(name);

    /// <summary>Creates an accumulator; <paramref name="name"/> null means count(*).</summary>
    public static Accumulator Create(string? name, bool distinct)
    {
        Accumulator accumulator = name?.ToLowerInvariant() switch
        {
            null => new CountAccumulator(countNulls: true),
            "count" => new CountAccumulator(countNulls: false),
            "collect" => new CollectAccumulator(),
            "sum" => new SumAccumulator(),
            "avg" => new AverageAccumulator(),
            "min" => new ExtremeAccumulator(max: false),
            "max" => new ExtremeAccumulator(max: true),
            "stdev" => new DeviationAccumulator(sample: true),
            "stdevp" => new DeviationAccumulator(sample: false),
            "percentilecont" => new PercentileAccumulator(continuous: true),
            "percentiledisc" => new PercentileAccumulator(continuous: false),
            _ => throw new ArgumentException($"Not an aggregate: {name}", nameof(name)),
        };
        return distinct ? new DistinctAccumulator(accumulator) : accumulator;
    }

    internal abstract class Accumulator
    {
        /// <summary>Adds one row's value; <paramref name="argument"/> is the second argument (percentiles) or null.</summary>
        public abstract void Add(object? value, object? argument);

        public abstract object? Result();
    }

    private sealed class DistinctAccumulator(Accumulator inner) : Accumulator
    {
        private readonly HashSet<object?> _seen = new(CypherComparer.Equivalence);

        public override void Add(object? value, object? argument)
        {
            if (value is null || _seen.Add(value))
            {
                inner.Add(value, argument);
            }
        }

        public override object? Result() => inner.Result();
    }

    private sealed class CountAccumulator(bool countNulls) : Accumulator
    {
        private long _count;

        public override void Add(object? value, object? argument)
        {
            if (countNulls || value is not null)
            {
                _count++;
            }
        }

        public override object? Result() => _count;
    }

    private sealed class CollectAccumulator : Accumulator
    {
        private readonly List<object?> _items = [];

        public override void Add(object? value, object? argument)
        {
            if (value is not null)
            {
                _items.Add(value);
            }
        }

        public override object? Result() => _items;
    }

    private sealed class SumAccumulator : Accumulator
    {
        private object? _sum = 0L;

        public override void Add(object? value, object? argument)
        {
            if (value is null)
            {
                return;
            }
            if (value is not (long or double or CypherDuration))
            {
                throw RuntimeErrors.InvalidArgumentType("a number or a duration", value);
            }
            _sum = _sum is 0L && value is CypherDuration ? value : CypherArithmetic.Apply(ArithmeticOperator.Add, _sum, value);
        }

        public override object? Result() => _sum;
    }

    private sealed class AverageAccumulator : Accumulator
    {
        private double _sum;
        private long _count;
        private object? _durationSum;

        public override void Add(object? value, object? argument)
        {
            switch (value)
            {
                case null: return;
                case long l: _sum += l; break;
                case double d: _sum += d; break;
                case CypherDuration duration:
                    _durationSum = _durationSum is null ? duration : CypherArithmetic.Apply(ArithmeticOperator.Add, _durationSum, duration);
                    break;
                default: throw RuntimeErrors.InvalidArgumentType("a number or a duration", value);
            }
            _count++;
        }

        public override object? Result() => _count == 0 ? null
            : _durationSum is not null ? CypherArithmetic.Apply(ArithmeticOperator.Divide, _durationSum, _count)
            : _sum / _count;
    }

    private sealed class ExtremeAccumulator(bool max) : Accumulator
    {
        private object? _best;

        public override void Add(object? value, object? argument)
        {
            if (value is null)
            {
                return;
            }
            if (_best is null)
            {
                _best = value;
                return;
            }
            var order = CypherComparer.Order(value, _best);
            if (max ? order > 0 : order < 0)
            {
                _best = value;
            }
        }

        public override object? Result() => _best;
    }

    private sealed class DeviationAccumulator(bool sample) : Accumulator
    {
        private readonly List<double> _values = [];

        public override void Add(object? value, object? argument)
        {
            switch (value)
            {
                case null: return;
                case long l: _values.Add(l); break;
                case double d: _values.Add(d); break;
                default: throw RuntimeErrors.InvalidArgumentType("a number", value);
            }
        }

        public override object? Result()
        {
            var n = _values.Count;
            if (n == 0 || (sample && n == 1))
            {
                return 0.0;
            }
            var mean = _values.Average();
            var squares = _values.Sum(v => (v - mean) * (v - mean));
            return Math.Sqrt(squares / (sample ? n - 1 : n));
        }
    }

    private sealed class PercentileAccumulator(bool continuous) : Accumulator
    {
        private readonly List<object> _values = [];
        private double _percentile;

        public override void Add(object? value, object? argument)
        {
            if (argument is not (long or double))
            {
                throw RuntimeErrors.InvalidArgumentType("a number", argument);
            }
            _percentile = Convert.ToDouble(argument, System.Globalization.CultureInfo.InvariantCulture);
            if (_percentile < 0 || _percentile > 1)
            {
                throw RuntimeErrors.ArgumentError(
                    $"Invalid input '{CypherValue.FormatFloat(_percentile)}' is not a valid argument, must be a number in the range 0.0 to 1.0",
                    "NumberOutOfRange");
            }
            switch (value)
            {
                case null: return;
                case long or double: _values.Add(value); break;
                default: throw RuntimeErrors.InvalidArgumentType("a number", value);
            }
        }

        public override object? Result()
        {
            if (_values.Count == 0)
            {
                return null;
            }
            var sorted = _values.OrderBy(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (!continuous)
            {
                var index = Math.Max(0, (int)Math.Ceiling(_percentile * sorted.Count) - 1);
                return sorted[Math.Min(index, sorted.Count - 1)];
            }
            var position = _percentile * (sorted.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var low = Convert.ToDouble(sorted[lower], System.Globalization.CultureInfo.InvariantCulture);
            var high = Convert.ToDouble(sorted[upper], System.Globalization.CultureInfo.InvariantCulture);
            return low + (high - low) * (position - lower);
        }
    }
}
