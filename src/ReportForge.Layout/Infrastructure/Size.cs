namespace ReportForge.Layout.Infrastructure;

/// <summary>A width and height in points (1/72 inch).</summary>
public readonly record struct Size(double Width, double Height)
{
    /// <summary>No space at all.</summary>
    public static Size Zero => new(0, 0);

    /// <summary>More space than any page offers; used to ask an element for its natural size.</summary>
    public static Size Unbounded => new(1e6, 1e6);

    internal const double Epsilon = 0.001;
}
