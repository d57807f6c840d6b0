namespace ReportForge.Layout.Infrastructure;

/// <summary>How an image is sized in its space, keeping its aspect ratio.</summary>
public enum ImageScaling
{
    /// <summary>As wide as the space; as tall as that makes it.</summary>
    FitWidth,
    /// <summary>As large as fits in both width and height of the space.</summary>
    FitArea,
    /// <summary>Its natural size, shrunk only if it is wider than the space.</summary>
    Natural,
}
