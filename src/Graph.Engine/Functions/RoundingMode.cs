namespace Graph.Engine.Functions;

/// <summary>The rounding modes round(value, precision, mode) accepts, named as Java's RoundingMode.</summary>
internal enum RoundingMode
{
    Up,
    Down,
    Ceiling,
    Floor,
    HalfUp,
    HalfDown,
    HalfEven,
    Unnecessary,
}
