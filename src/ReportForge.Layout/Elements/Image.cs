using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>A raster or vector image; tagged as a Figure with alternative text, or an artifact without.</summary>
internal sealed class Image : Element
{
    public required ImageSource Source { get; init; }
    public string? AltText { get; init; }
    public ImageScaling Scaling { get; init; } = ImageScaling.FitWidth;

    public override SpacePlan Measure(Size available)
    {
        var size = SizeIn(available);
        if (size.Height > available.Height + Size.Epsilon)
            return SpacePlan.Wrap($"{Describe()} needs {size.Height:0}pt of height but only {available.Height:0}pt is left");
        return SpacePlan.FullRender(size);
    }

    public override void Draw(Size available) => Canvas.DrawImage(Source, SizeIn(available), AltText);

    Size SizeIn(Size available)
    {
        var natural = Source.NaturalSize;
        var ratio = natural.Height / Math.Max(natural.Width, Size.Epsilon);
        switch (Scaling)
        {
            case ImageScaling.FitArea:
                var width = Math.Min(available.Width, available.Height / ratio);
                return new Size(width, width * ratio);
            case ImageScaling.Natural:
                var w = Math.Min(natural.Width, available.Width);
                return new Size(w, w * ratio);
            default:
                return new Size(available.Width, available.Width * ratio);
        }
    }

    public override string Describe() =>
        $"{(Source.IsPdf ? "vector image" : "image")} {(AltText is null ? "(no alt text)" : $"\"{AltText}\"")}";
}
