using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Elements;

public class WrapperTests
{
    [Fact]
    public void Padding_AddsItsSpaceToTheChildsSize()
    {
        var padding = new Padding { Left = 5, Top = 10, Right = 15, Bottom = 20, Child = new FakeElement { Height = 40, Width = 60 } };
        Harness.Bind(padding);

        var plan = padding.Measure(new Size(300, 300));

        Assert.Equal(new Size(80, 70), plan.Size);
    }

    [Fact]
    public void ShowEntire_Wraps_WhenTheChildWouldSplit()
    {
        var keep = new ShowEntire { Child = new FakeElement { Height = 300, Step = 10, Name = "summary box" } };
        Harness.Bind(keep);

        var plan = keep.Measure(new Size(300, 200));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.Contains("summary box", plan.WrapReason);
    }

    [Fact]
    public void EnsureSpace_Wraps_WhenLessThanTheMinimumIsLeft()
    {
        var ensure = new EnsureSpace { MinHeight = 150, Child = new FakeElement { Height = 300, Step = 10 } };
        Harness.Bind(ensure);

        Assert.Equal(SpacePlanType.Wrap, ensure.Measure(new Size(300, 100)).Type);
        Assert.Equal(SpacePlanType.PartialRender, ensure.Measure(new Size(300, 160)).Type);
    }

    [Fact]
    public void EnsureSpace_LetsAChildThatFitsWholeStay()
    {
        var ensure = new EnsureSpace { MinHeight = 150, Child = new FakeElement { Height = 50 } };
        Harness.Bind(ensure);

        Assert.Equal(SpacePlanType.FullRender, ensure.Measure(new Size(300, 100)).Type);
    }

    [Fact]
    public void ShowOnce_DrawsTheChildOnlyTheFirstTime()
    {
        var child = new FakeElement { Height = 10 };
        var once = new ShowOnce { Child = child };
        Harness.Bind(once);

        once.Draw(new Size(100, 100));
        var second = once.Measure(new Size(100, 100));
        once.Draw(new Size(100, 100));

        Assert.Single(child.Draws);
        Assert.Equal(SpacePlanType.Empty, second.Type);
    }

    [Fact]
    public void ShowIf_AsksTheConditionAboutTheCurrentPage()
    {
        var child = new FakeElement { Height = 10 };
        var showIf = new ShowIf { Condition = page => page.PageNumber > 1, Child = child };
        Harness.Bind(showIf);

        Assert.Equal(SpacePlanType.Empty, showIf.Measure(new Size(100, 100)).Type);
        showIf.Context.Page = showIf.Context.Page with { PageNumber = 2 };
        Assert.Equal(SpacePlanType.FullRender, showIf.Measure(new Size(100, 100)).Type);
    }

    [Fact]
    public void PageBreak_IsPartialFirst_AndCompleteOnTheNextPage()
    {
        var pageBreak = new PageBreak();
        Harness.Bind(pageBreak);

        Assert.Equal(SpacePlanType.PartialRender, pageBreak.Measure(new Size(100, 100)).Type);
        pageBreak.Draw(new Size(100, 100));
        Assert.Equal(SpacePlanType.FullRender, pageBreak.Measure(new Size(100, 100)).Type);
    }

    [Fact]
    public void Constrained_Wraps_WhenItsMinimumHeightIsNotAvailable()
    {
        var box = new Constrained { MinHeight = 120, Child = new FakeElement { Height = 10 } };
        Harness.Bind(box);

        Assert.Equal(SpacePlanType.Wrap, box.Measure(new Size(100, 100)).Type);
        Assert.Equal(new Size(50, 120), box.Measure(new Size(100, 200)).Size);
    }

    [Fact]
    public void Alignment_MovesTheChildToTheRight()
    {
        var text = new ReportForge.Layout.Elements.Text.TextBlock();
        text.Add(new ReportForge.Layout.Elements.Text.TextSpan { Text = "12" });
        var align = new Alignment { Horizontal = HorizontalAlignment.Right, Child = text };
        var canvas = Harness.Bind(align);

        align.Draw(new Size(300, 50));

        var drawn = Assert.Single(canvas.Texts);
        Assert.InRange(drawn.X, 280, 295);
    }

    [Fact]
    public void Background_FillsTheWholeSpaceItIsDrawnIn()
    {
        var background = new Background { Color = Colors.LightGrey, Child = new FakeElement { Height = 10 } };
        var canvas = Harness.Bind(background);

        background.Draw(new Size(200, 40));

        Assert.Equal(new Size(200, 40), Assert.Single(canvas.Rectangles).Size);
    }

    [Fact]
    public void Border_DrawsOnlyTheSidesItHas()
    {
        var border = new Border { Bottom = 1, Child = new FakeElement { Height = 10 } };
        var canvas = Harness.Bind(border);

        border.Draw(new Size(200, 40));

        var line = Assert.Single(canvas.Lines);
        Assert.Equal(new Position(0, 40), line.From);
        Assert.Equal(new Position(200, 40), line.To);
    }
}
