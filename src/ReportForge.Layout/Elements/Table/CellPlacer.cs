namespace ReportForge.Layout.Elements.Table;

/// <summary>Places cells without an explicit position in the next free grid slot, row by row.</summary>
internal static class CellPlacer
{
    public static int Place(IReadOnlyList<TableCell> cells, int columnCount)
    {
        var occupied = new HashSet<(int Row, int Column)>();
        foreach (var cell in cells.Where(c => c.Row >= 0 && c.Column >= 0))
            Occupy(occupied, cell);
        int row = 0, column = 0;
        foreach (var cell in cells)
        {
            if (cell.ColumnSpan > columnCount)
                throw new Infrastructure.LayoutException($"A table cell spans {cell.ColumnSpan} columns but the table has {columnCount}.");
            if (cell.Row >= 0 && cell.Column >= 0)
                continue;
            while (!Fits(occupied, row, column, cell, columnCount))
            {
                column++;
                if (column >= columnCount)
                {
                    column = 0;
                    row++;
                }
            }
            cell.Row = row;
            cell.Column = column;
            Occupy(occupied, cell);
        }
        return cells.Count == 0 ? 0 : cells.Max(c => c.Row + c.RowSpan);
    }

    static bool Fits(HashSet<(int, int)> occupied, int row, int column, TableCell cell, int columnCount)
    {
        if (column + cell.ColumnSpan > columnCount)
            return false;
        for (var r = row; r < row + cell.RowSpan; r++)
            for (var c = column; c < column + cell.ColumnSpan; c++)
                if (occupied.Contains((r, c)))
                    return false;
        return true;
    }

    static void Occupy(HashSet<(int, int)> occupied, TableCell cell)
    {
        for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                occupied.Add((r, c));
    }
}
