using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Elements;

public class ColumnTests
{
    static (Column Column, FakeElement[] Items) Make(double spacing, params FakeElement[] items)
    {
        var column = new Column { Spacing = spacing };
        foreach (var item in items)
            column.Add(new ContainerElement { Child = item });
        return (column, items);
    }

    [Fact]
    public void Measure_AddsSpacingBetweenItems()
    {
        var (column, _) = Make(10, new FakeElement { Height = 100 }, new FakeElement { Height = 50 });
        Harness.Bind(column);

        var plan = column.Measure(new Size(300, 500));

        Assert.Equal(SpacePlanType.FullRender, plan.Type);
        Assert.Equal(160, plan.Height);
    }

    [Fact]
    public void Measure_IsPartial_WhenLaterItemsDoNotFit()
    {
        var (column, _) = Make(0, new FakeElement { Height = 100 }, new FakeElement { Height = 300 });
        Harness.Bind(column);

        var plan = column.Measure(new Size(300, 200));

        Assert.Equal(SpacePlanType.PartialRender, plan.Type);
        Assert.Equal(100, plan.Height);
    }

    [Fact]
    public void Measure_Wraps_WithTheReasonOfTheFirstItem_WhenNothingFits()
    {
        var (column, _) = Make(0, new FakeElement { Height = 300, Name = "big block" });
        Harness.Bind(column);

        var plan = column.Measure(new Size(300, 200));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.Contains("big block", plan.WrapReason);
    }

    [Fact]
    public void Draw_ContinuesOnTheNextPage_FromTheFirstUnfinishedItem()
    {
        var (column, items) = Make(0,
            new FakeElement { Height = 150 },
            new FakeElement { Height = 120, Step = 10 },
            new FakeElement { Height = 40 });
        var canvas = Harness.Bind(column);

        var plans = Harness.Paginate(column, canvas, new Size(300, 200));

        Assert.Equal([SpacePlanType.PartialRender, SpacePlanType.FullRender], plans.Select(p => p.Type));
        Assert.Equal([(1, 150.0)], items[0].Draws);
        Assert.Equal([(1, 50.0), (2, 70.0)], items[1].Draws);
        Assert.Equal([(2, 40.0)], items[2].Draws);
    }

    [Fact]
    public void Draw_MovesAHeadingToTheNextPage_WhenWhatFollowsItDoesNotFit()
    {
        var column = new Column();
        var before = new FakeElement { Height = 150 };
        var heading = new FakeElement { Height = 20, Name = "heading" };
        var after = new FakeElement { Height = 100, Name = "table" };
        column.Add(new ContainerElement { Child = before });
        column.Add(new KeepWithNext { Child = heading });
        column.Add(new ContainerElement { Child = after });
        var canvas = Harness.Bind(column);

        Harness.Paginate(column, canvas, new Size(300, 200));

        Assert.Equal([(2, 20.0)], heading.Draws);
        Assert.Equal([(2, 100.0)], after.Draws);
    }
}
