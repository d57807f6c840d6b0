using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Table;

/// <summary>Where a cell goes on the current page and what its content will do there.</summary>
internal readonly record struct CellPlacement(TableCell Cell, double X, double Y, double Width, double Height, SpacePlan Plan);

/// <summary>The table's layout for one page.</summary>
internal sealed record TablePagePlan(
    List<CellPlacement> Header,
    List<CellPlacement> Body,
    double Height,
    int NextRow,
    bool Finished,
    string? WrapReason);
