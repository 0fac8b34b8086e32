using Graph.Core.Values;
using Graph.Engine.Temporal;

namespace Graph.Engine.Functions;

/// <summary>
/// Registers the temporal functions: the five constructors (date, localtime, time, localdatetime, datetime)
/// with their .statement/.transaction/.realtime clocks and .truncate, datetime.fromepoch(millis), and
/// duration with .between/.inMonths/.inDays/.inSeconds. Registration only; thread-safe once built.
/// </summary>
internal static class TemporalFunctions
{
    private static readonly string[] Types = ["date", "localtime", "time", "localdatetime", "datetime"];

    public static void Register(FunctionRegistry registry)
    {
        foreach (var type in Types)
        {
            Add(registry, new FunctionDefinition(type, 0, 1, (args, ctx) => Construct(type, args, ctx)));
            Add(registry, Clock(type, "statement", ctx => ctx.StatementTime));
            Add(registry, Clock(type, "transaction", ctx => ctx.TransactionTime));
            Add(registry, Clock(type, "realtime", _ => DateTimeOffset.UtcNow) with { IsDeterministic = false });
            Add(registry, new FunctionDefinition(type + ".truncate", 2, 3, (args, ctx) => Truncate(type, args, ctx)));
        }
        Add(registry, new FunctionDefinition("datetime.fromepoch", 2, 2, FromEpoch));
        Add(registry, new FunctionDefinition("datetime.fromepochmillis", 1, 1, FromEpochMillis));
        Add(registry, new FunctionDefinition("duration", 1, 1, Duration));
        Add(registry, Between("duration.between", DurationBetween.Unit.All));
        Add(registry, Between("duration.inmonths", DurationBetween.Unit.Months));
        Add(registry, Between("duration.indays", DurationBetween.Unit.Days));
        Add(registry, Between("duration.inseconds", DurationBetween.Unit.Seconds));
    }

    /// <summary>
    /// Values beyond the representable range (huge durations, years past ±999,999,999) surface as checked-arithmetic
    /// overflows; they become a client error instead of escaping as a CLR exception.
    /// </summary>
    private static void Add(FunctionRegistry registry, FunctionDefinition function)
    {
        var invoke = function.Invoke;
        registry.Add(function with
        {
            Invoke = (args, ctx) =>
            {
                try
                {
                    return invoke(args, ctx);
                }
                catch (OverflowException)
                {
                    return TemporalErrors.InvalidValue<object>($"Value out of range in {function.Name}()");
                }
                catch (FormatException)
                {
                    return TemporalErrors.InvalidValue<object>($"Invalid text in {function.Name}()");
                }
            },
        });
    }

    private static FunctionDefinition Clock(string type, string clock, Func<FunctionContext, DateTimeOffset> now) =>
        new(type + "." + clock, 0, 1, (args, ctx) =>
        {
            if (args.Length == 1 && args[0] is null) return null;
            var zone = args.Length == 1 ? ZoneArgument(type + "." + clock, args[0]) : DefaultZone(ctx);
            return Current(type, now(ctx), zone);
        });

    private static TemporalZone ZoneArgument(string function, object? value) => value switch
    {
        string text => TemporalZone.Parse(text),
        IReadOnlyDictionary<string, object?> map when map.TryGetValue("timezone", out var zone) && zone is string text
            => TemporalZone.Parse(text),
        _ => TemporalErrors.InvalidType<TemporalZone>(function, value),
    };

    private static TemporalZone DefaultZone(FunctionContext ctx) => TemporalZone.Default(ctx.DefaultTimeZone);

    private static long NowSeconds(FunctionContext ctx) => ctx.StatementTime.ToUnixTimeSeconds();

    /// <summary>The current instant as a value of the given type, seen in the given zone.</summary>
    private static object Current(string type, DateTimeOffset now, TemporalZone zone)
    {
        var seconds = now.ToUnixTimeSeconds();
        var nanos = (int)(now.UtcTicks % TimeSpan.TicksPerSecond * 100);
        var value = TemporalValues.AtInstant(seconds, nanos, zone);
        return Convert(type, value, zone, seconds);
    }

    private static object? Construct(string type, ReadOnlySpan<object?> args, FunctionContext ctx)
    {
        if (args.Length == 0) return Current(type, ctx.StatementTime, DefaultZone(ctx));
        var zone = DefaultZone(ctx);
        switch (args[0])
        {
            case null:
                return null;
            case string text:
                return Parse(type, text, zone, NowSeconds(ctx));
            case IReadOnlyDictionary<string, object?> map:
                var fields = new TemporalFields(map, type);
                if (fields.HasNull) return null;
                if (fields.Count == 0 || (fields.Count == 1 && fields.Has("timezone")))
                {
                    return Current(type, ctx.StatementTime, fields.Zone() ?? zone);
                }
                return type switch
                {
                    "date" => TemporalBuilder.Date(fields),
                    "localtime" => TemporalBuilder.LocalTime(fields),
                    "time" => TemporalBuilder.Time(fields, zone, NowSeconds(ctx)),
                    "localdatetime" => TemporalBuilder.LocalDateTime(fields),
                    _ => TemporalBuilder.DateTime(fields, zone),
                };
            case var value when TemporalValues.IsTemporal(value):
                return Convert(type, value!, zone, NowSeconds(ctx));
            default:
                return TemporalErrors.InvalidType<object>(type, args[0]);
        }
    }

    /// <summary>Selects a temporal value as another type: date(datetime), time(localtime) and so on.</summary>
    private static object Convert(string type, object value, TemporalZone defaultZone, long nowSeconds)
    {
        var days = TemporalValues.DateOf(value);
        var nanos = TemporalValues.TimeOf(value);
        switch (type)
        {
            case "date":
                return new CypherDate(days ?? Cannot<long>(type, value));
            case "localtime":
                return new CypherLocalTime(nanos ?? Cannot<long>(type, value));
            case "time":
                return new CypherTime(nanos ?? Cannot<long>(type, value),
                    TemporalValues.OffsetOf(value) ?? defaultZone.OffsetAt(nowSeconds));
            case "localdatetime":
                return TemporalValues.LocalDateTime(days ?? Cannot<long>(type, value), nanos ?? 0);
            default:
                if (value is CypherDateTime) return value;
                return TemporalValues.DateTime(days ?? Cannot<long>(type, value), nanos ?? 0, defaultZone);
        }
    }

    private static T Cannot<T>(string type, object value) =>
        TemporalErrors.InvalidValue<T>($"Cannot construct {type} from {CypherValue.TypeName(value)}");

    private static object Parse(string type, string text, TemporalZone defaultZone, long nowSeconds)
    {
        switch (type)
        {
            case "date":
                return new CypherDate(TemporalParser.Date(text).EpochDays!.Value);
            case "localtime":
                return new CypherLocalTime(TemporalParser.Time(text, "LocalTime").NanosOfDay!.Value);
            case "time":
                var time = TemporalParser.Time(text, "Time");
                var offset = time.Offset ?? (time.ZoneId is { } id ? TemporalZone.Parse(id) : defaultZone).OffsetAt(nowSeconds);
                return new CypherTime(time.NanosOfDay!.Value, offset);
            case "localdatetime":
                var local = TemporalParser.DateTime(text, "LocalDateTime");
                return TemporalValues.LocalDateTime(local.EpochDays!.Value, local.NanosOfDay!.Value);
            default:
                var parsed = TemporalParser.DateTime(text, "DateTime");
                var zone = parsed.ZoneId is { } zoneId ? TemporalZone.Parse(zoneId)
                    : parsed.Offset is { } fixedOffset ? TemporalZone.Offset(fixedOffset) : defaultZone;
                return TemporalValues.DateTime(parsed.EpochDays!.Value, parsed.NanosOfDay!.Value, zone, parsed.Offset);
        }
    }

    private static object? Truncate(string type, ReadOnlySpan<object?> args, FunctionContext ctx)
    {
        if (args[1] is null) return null;
        if (args[0] is not string unit) return TemporalErrors.InvalidType<object>(type + ".truncate", args[0]);
        if (!TemporalValues.IsTemporal(args[1])) return TemporalErrors.InvalidType<object>(type + ".truncate", args[1]);
        var map = args.Length == 3 ? args[2] switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> m => m,
            var other => TemporalErrors.InvalidType<IReadOnlyDictionary<string, object?>>(type + ".truncate", other),
        } : null;
        return TemporalTruncation.Truncate(type, unit, args[1]!, map, DefaultZone(ctx), NowSeconds(ctx));
    }

    private static object? FromEpoch(ReadOnlySpan<object?> args, FunctionContext ctx)
    {
        if (args[0] is null || args[1] is null) return null;
        if (args[0] is not long seconds) return TemporalErrors.InvalidType<object>("datetime.fromepoch", args[0]);
        if (args[1] is not long nanos) return TemporalErrors.InvalidType<object>("datetime.fromepoch", args[1]);
        var total = seconds + IsoCalendar.FloorDiv(nanos, IsoCalendar.NanosPerSecond);
        return TemporalValues.AtInstant(total, (int)IsoCalendar.FloorMod(nanos, IsoCalendar.NanosPerSecond), DefaultZone(ctx));
    }

    private static object? FromEpochMillis(ReadOnlySpan<object?> args, FunctionContext ctx)
    {
        if (args[0] is null) return null;
        if (args[0] is not long millis) return TemporalErrors.InvalidType<object>("datetime.fromepochmillis", args[0]);
        return TemporalValues.AtInstant(IsoCalendar.FloorDiv(millis, 1000),
            (int)(IsoCalendar.FloorMod(millis, 1000) * 1_000_000), DefaultZone(ctx));
    }

    private static object? Duration(ReadOnlySpan<object?> args, FunctionContext ctx) => args[0] switch
    {
        null => null,
        string text => DurationBuilder.Parse(text),
        IReadOnlyDictionary<string, object?> map => map.Values.Any(v => v is null) ? null : DurationBuilder.FromMap(map),
        CypherDuration d => d,
        var other => TemporalErrors.InvalidType<object>("duration", other),
    };

    private static FunctionDefinition Between(string name, DurationBetween.Unit unit) =>
        new(name, 2, 2, (args, _) =>
        {
            if (args[0] is null || args[1] is null) return null;
            if (!TemporalValues.IsTemporal(args[0])) return TemporalErrors.InvalidType<object>(name, args[0]);
            if (!TemporalValues.IsTemporal(args[1])) return TemporalErrors.InvalidType<object>(name, args[1]);
            return DurationBetween.Compute(unit, args[0]!, args[1]!);
        });
}
