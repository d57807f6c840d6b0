namespace ReportForge.Layout.Elements;

/// <summary>Marks content (a heading) that must not be the last thing on a page; the column enforces it.</summary>
internal sealed class KeepWithNext : ContainerElement
{
    public override bool KeepsWithNext => true;
}
