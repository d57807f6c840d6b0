using ReportForge.Layout.Elements;
using ReportForge.Layout.Elements.Table;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;
using TableElement = ReportForge.Layout.Elements.Table.Table;

namespace ReportForge.Layout.Tests.Elements.Table;

public class TableTests
{
    static TableElement Make(int rows, double rowHeight, bool keepRowsTogether = true, double? step = null)
    {
        var table = new TableElement { KeepRowsTogether = keepRowsTogether };
        table.AddColumn(new TableColumn(false, 50));
        table.AddColumn(new TableColumn(true, 1));
        table.AddHeaderCell(new TableCell { IsHeader = true, Child = new FakeElement { Height = 20, Name = "header" } });
        table.AddHeaderCell(new TableCell { IsHeader = true, Child = new FakeElement { Height = 20, Name = "header" } });
        for (var r = 0; r < rows; r++)
        {
            table.AddBodyCell(new TableCell { Child = new FakeElement { Height = rowHeight, Step = step, Name = $"row {r}" } });
            table.AddBodyCell(new TableCell { Child = new FakeElement { Height = rowHeight / 2, Step = step, Name = $"row {r} b" } });
        }
        return table;
    }

    static IEnumerable<FakeElement> Fakes(TableElement table) =>
        table.Children.Cast<TableCell>().Select(c => (FakeElement)c.Child);

    [Fact]
    public void Draw_RepeatsTheHeader_OnEveryPage()
    {
        var table = Make(rows: 20, rowHeight: 30);
        var canvas = Harness.Bind(table);
        table.Context.ContentAreaHeight = 200;

        var plans = Harness.Paginate(table, canvas, new Size(300, 200));

        var header = Fakes(table).First();
        Assert.Equal(plans.Count, header.Draws.Count);
        Assert.Equal(Enumerable.Range(1, plans.Count), header.Draws.Select(d => d.Page));
    }

    [Fact]
    public void Draw_KeepsRowsWhole_WhenAsked()
    {
        var table = Make(rows: 10, rowHeight: 70);
        var canvas = Harness.Bind(table);
        table.Context.ContentAreaHeight = 200;

        Harness.Paginate(table, canvas, new Size(300, 200));

        Assert.All(Fakes(table).Skip(2), fake => Assert.All(fake.Draws, d => Assert.True(d.Height is 70 or 35)));
    }

    [Fact]
    public void Draw_SplitsRows_WhenRowsMayBreak()
    {
        var table = Make(rows: 10, rowHeight: 70, keepRowsTogether: false, step: 10);
        var canvas = Harness.Bind(table);
        table.Context.ContentAreaHeight = 200;

        Harness.Paginate(table, canvas, new Size(300, 200));

        Assert.Contains(Fakes(table), fake => fake.Draws.Count == 2);
    }

    [Fact]
    public void Draw_SplitsARowTallerThanAPage_EvenWhenRowsAreKeptWhole()
    {
        var table = Make(rows: 1, rowHeight: 500, step: 10);
        var canvas = Harness.Bind(table);
        table.Context.ContentAreaHeight = 200;

        var plans = Harness.Paginate(table, canvas, new Size(300, 200));

        Assert.Equal(SpacePlanType.FullRender, plans[^1].Type);
        Assert.Equal(500, Fakes(table).ElementAt(2).Draws.Sum(d => d.Height));
    }

    [Fact]
    public void Measure_Wraps_WhenTheFirstRowDoesNotFitBelowTheHeader()
    {
        var table = Make(rows: 3, rowHeight: 100);
        Harness.Bind(table);
        table.Context.ContentAreaHeight = 500;

        var plan = table.Measure(new Size(300, 90));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.Contains("row 1", plan.WrapReason);
    }

    [Fact]
    public void Measure_GivesARowTheHeightOfItsTallestCell()
    {
        var table = Make(rows: 1, rowHeight: 40);
        Harness.Bind(table);

        Assert.Equal(60, table.Measure(new Size(300, 500)).Height);
    }

    [Fact]
    public void CellPlacer_SkipsSlotsTakenByRowAndColumnSpans()
    {
        var cells = new List<TableCell>
        {
            new() { RowSpan = 2 }, new() { ColumnSpan = 2 },
            new(), new(),
            new() { ColumnSpan = 3 },
        };

        var rows = CellPlacer.Place(cells, 3);

        Assert.Equal(3, rows);
        Assert.Equal([(0, 0), (0, 1), (1, 1), (1, 2), (2, 0)], cells.Select(c => (c.Row, c.Column)));
    }

    [Fact]
    public void Draw_TagsTheHeaderOnce_AndRepeatsItAsAnArtifact()
    {
        var table = new TableElement();
        table.AddColumn(new TableColumn(true, 1));
        var headerText = new ReportForge.Layout.Elements.Text.TextBlock();
        headerText.Add(new ReportForge.Layout.Elements.Text.TextSpan { Text = "Recommendation" });
        table.AddHeaderCell(new TableCell { IsHeader = true, Child = headerText });
        for (var r = 0; r < 30; r++)
            table.AddBodyCell(new TableCell { Child = new FakeElement { Height = 20 } });
        var canvas = Harness.Bind(table);
        table.Context.ContentAreaHeight = 200;

        Harness.Paginate(table, canvas, new Size(300, 200));

        var headerTexts = canvas.Texts.Where(t => t.Text == "Recommendation").ToList();
        Assert.True(headerTexts.Count > 2);
        Assert.False(headerTexts[0].InArtifact);
        Assert.All(headerTexts.Skip(1), t => Assert.True(t.InArtifact));
        Assert.Single(canvas.OpenedTags, t => t.Tag == StructureTag.TH);
    }
}
