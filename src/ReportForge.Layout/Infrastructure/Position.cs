namespace ReportForge.Layout.Infrastructure;

/// <summary>A point in points, measured from the top-left corner, y growing downwards.</summary>
public readonly record struct Position(double X, double Y)
{
    /// <summary>The origin.</summary>
    public static Position Zero => new(0, 0);
}
