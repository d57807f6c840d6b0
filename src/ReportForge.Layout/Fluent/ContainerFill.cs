using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Puts an element into a slot, refusing to overwrite one already filled.</summary>
internal static class ContainerFill
{
    public static T Fill<T>(this IContainer container, T element) where T : Element
    {
        ArgumentNullException.ThrowIfNull(container);
        if (container is not ContainerElement slot)
            throw new ArgumentException("Only containers made by ReportForge.Layout can be filled.", nameof(container));
        if (slot.Child is not Empty)
            throw new InvalidOperationException(
                $"This container already holds {slot.Child.Describe()}; a container holds one element, use Column() to stack several.");
        slot.Child = element;
        return element;
    }
}
