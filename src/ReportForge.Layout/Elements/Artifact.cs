using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Marks the child as decoration that screen readers skip (running headers, ornaments).</summary>
internal sealed class Artifact : ContainerElement
{
    public override void Draw(Size available)
    {
        Canvas.BeginArtifact();
        Child.Draw(available);
        Canvas.EndArtifact();
    }
}
