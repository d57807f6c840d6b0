using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Elements;

public class RowTests
{
    [Fact]
    public void Draw_GivesConstantItemsTheirWidth_AndSharesTheRestByRelativeSize()
    {
        var row = new Row { Spacing = 10 };
        var widths = new List<double>();
        foreach (var (kind, size) in new[] { (RowItemKind.Constant, 50.0), (RowItemKind.Relative, 1.0), (RowItemKind.Relative, 3.0) })
            row.Add(new RowItem { Kind = kind, Size = size, Child = new WidthProbe(widths) });
        Harness.Bind(row);

        row.Draw(new Size(470, 100));

        Assert.Equal([50.0, 100.0, 300.0], widths);
    }

    [Fact]
    public void Measure_TakesTheTallestItemsHeight()
    {
        var row = new Row();
        row.Add(new RowItem { Kind = RowItemKind.Relative, Size = 1, Child = new FakeElement { Height = 30 } });
        row.Add(new RowItem { Kind = RowItemKind.Relative, Size = 1, Child = new FakeElement { Height = 80 } });
        Harness.Bind(row);

        Assert.Equal(80, row.Measure(new Size(300, 500)).Height);
    }

    [Fact]
    public void Measure_Wraps_WhenConstantItemsAreWiderThanTheSpace()
    {
        var row = new Row();
        row.Add(new RowItem { Kind = RowItemKind.Constant, Size = 400, Child = new FakeElement { Height = 10 } });
        Harness.Bind(row);

        var plan = row.Measure(new Size(300, 500));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.Contains("width", plan.WrapReason);
    }

    [Fact]
    public void Draw_DoesNotRepeatAnItemFinishedOnAnEarlierPage()
    {
        var row = new Row();
        var shortItem = new FakeElement { Height = 50 };
        var longItem = new FakeElement { Height = 300, Step = 10 };
        row.Add(new RowItem { Kind = RowItemKind.Relative, Size = 1, Child = shortItem });
        row.Add(new RowItem { Kind = RowItemKind.Relative, Size = 1, Child = longItem });
        var canvas = Harness.Bind(row);

        Harness.Paginate(row, canvas, new Size(300, 200));

        Assert.Equal([(1, 50.0)], shortItem.Draws);
        Assert.Equal([(1, 200.0), (2, 100.0)], longItem.Draws);
    }

    sealed class WidthProbe(List<double> widths) : Element
    {
        public override SpacePlan Measure(Size available) => SpacePlan.FullRender(available.Width, 10);
        public override void Draw(Size available) => widths.Add(Math.Round(available.Width, 3));
    }
}
