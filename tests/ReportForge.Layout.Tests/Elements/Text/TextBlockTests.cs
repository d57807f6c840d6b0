using ReportForge.Layout.Elements.Text;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Elements.Text;

public class TextBlockTests
{
    static (TextBlock Block, RecordingCanvas Canvas) Make(string text, TextAlignment alignment = TextAlignment.Left, double size = 10)
    {
        var block = new TextBlock { Alignment = alignment, Style = new TextStyle { FontSize = size } };
        block.Add(new TextSpan { Text = text });
        var canvas = Harness.Bind(block);
        return (block, canvas);
    }

    static List<string> Lines(RecordingCanvas canvas) =>
        canvas.Texts.GroupBy(t => (t.Page, Math.Round(t.Baseline, 2)))
            .Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Text)))
            .ToList();

    [Fact]
    public void Draw_BreaksLinesAtSpaces()
    {
        var (block, canvas) = Make("alpha beta gamma delta");

        block.Draw(new Size(70, 500));

        Assert.Equal(["alpha beta", "gamma delta"], Lines(canvas));
    }

    [Theory]
    [InlineData("well-being", "well-", "being")]
    [InlineData("and/or", "and/", "or")]
    [InlineData("1990–2000", "1990–", "2000")]
    public void Draw_BreaksAfterHyphensDashesAndSlashes(string text, string first, string second)
    {
        var (block, canvas) = Make(text);

        block.Draw(new Size(WidthOf(text) - 1, 500));

        Assert.Equal([first, second], Lines(canvas));
    }

    [Fact]
    public void Draw_ShowsASoftHyphen_OnlyWhenTheLineBreaksThere()
    {
        var (narrow, narrowCanvas) = Make("extra\u00ADordinary");
        var (wide, wideCanvas) = Make("extra\u00ADordinary");

        narrow.Draw(new Size(40, 500));
        wide.Draw(new Size(400, 500));

        Assert.Equal(["extra-", "ordinary"], Lines(narrowCanvas));
        Assert.Equal(["extraordinary"], Lines(wideCanvas));
    }

    [Fact]
    public void Draw_BreaksAWordLongerThanTheLine_InsteadOfOverflowing()
    {
        var (block, canvas) = Make("Pneumonoultramicroscopicsilicovolcanoconiosis");

        block.Draw(new Size(60, 500));

        Assert.True(canvas.Texts.Count > 2);
        Assert.Equal("Pneumonoultramicroscopicsilicovolcanoconiosis", string.Concat(canvas.Texts.Select(t => t.Text)));
    }

    [Fact]
    public void Measure_ReportsTheWidestLine()
    {
        var (block, _) = Make("short\nmuch longer line");

        var plan = block.Measure(new Size(500, 500));

        Assert.InRange(plan.Width, 60, 90);
        Assert.Equal(SpacePlanType.FullRender, plan.Type);
    }

    [Fact]
    public void Draw_RightAlignment_EndsEveryLineAtTheRightEdge()
    {
        var (block, canvas) = Make("one two three four five six", TextAlignment.Right);

        block.Draw(new Size(80, 500));

        var rightEdges = canvas.Texts.Select(t => t.X + WidthOf(t.Text)).ToList();
        Assert.All(rightEdges, edge => Assert.InRange(edge, 79, 80.5));
    }

    [Fact]
    public void Draw_Justify_StretchesAllButTheLastLineToBothEdges()
    {
        var (block, canvas) = Make(Scenario.Words(40), TextAlignment.Justify);

        block.Draw(new Size(200, 1000));

        var lines = canvas.Texts.GroupBy(t => Math.Round(t.Baseline, 2)).OrderBy(g => g.Key).ToList();
        foreach (var line in lines.SkipLast(1))
        {
            var last = line.MaxBy(t => t.X);
            Assert.InRange(last.X + WidthOf(last.Text), 199, 200.5);
        }
    }

    [Fact]
    public void Draw_Superscript_IsSmallerAndRaised()
    {
        var block = new TextBlock();
        block.Add(new TextSpan { Text = "noted" });
        block.Add(new TextSpan { Text = "37", Style = new TextStyle { Superscript = true } });
        var canvas = Harness.Bind(block);

        block.Draw(new Size(300, 100));

        var word = canvas.Texts.Single(t => t.Text == "noted");
        var marker = canvas.Texts.Single(t => t.Text == "37");
        Assert.True(marker.FontSize < word.FontSize);
        Assert.True(marker.Baseline < word.Baseline);
    }

    [Fact]
    public void Draw_KeepsAFootnoteMarkerGluedToItsWord()
    {
        var block = new TextBlock();
        block.Add(new TextSpan { Text = "aaaa bbbb noted" });
        block.Add(new TextSpan { Text = "37", Style = new TextStyle { Superscript = true } });
        var canvas = Harness.Bind(block);

        block.Draw(new Size(62, 100));

        var word = canvas.Texts.Single(t => t.Text.EndsWith("noted"));
        var marker = canvas.Texts.Single(t => t.Text == "37");
        Assert.Equal(word.Page, marker.Page);
        Assert.True(Math.Abs(word.Baseline - marker.Baseline) < 5);
    }

    [Fact]
    public void Draw_UsesTheFallbackFont_ForCharactersTheMainFontLacks()
    {
        var (block, canvas) = Make("Equal ≌ sign");

        block.Draw(new Size(300, 100));

        Assert.Contains(canvas.Texts, t => t.Text.Contains('≌'));
        Assert.True(canvas.Texts.Count >= 2);
    }

    [Fact]
    public void Measure_Wraps_WhenNotEvenTheFirstLinesFit()
    {
        var (block, _) = Make(Scenario.Words(60));

        var plan = block.Measure(new Size(200, 5));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.Contains("text \"", plan.WrapReason);
    }

    [Fact]
    public void Paginate_NeverLeavesOneLineOfAParagraphAloneAtTheBottom()
    {
        var (block, _) = Make(Scenario.Words(60));
        var lineHeight = block.Measure(new Size(200, 1000)).Height / LineCount(block);

        // Room for one line: an orphan would be left, so the paragraph must move entirely.
        var plan = block.Measure(new Size(200, lineHeight * 1.5));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
    }

    [Fact]
    public void Paginate_NeverCarriesOneLineOfAParagraphAloneToTheNextPage()
    {
        var (block, canvas) = Make(Scenario.Words(60));
        var lines = LineCount(block);
        var lineHeight = block.Measure(new Size(200, 1000)).Height / lines;

        // Room for all but one line: a widow would be carried over, so two lines go.
        Harness.Paginate(block, canvas, new Size(200, lineHeight * (lines - 1) + 1));

        var perPage = canvas.Texts.GroupBy(t => t.Page).Select(g => g.Select(t => t.Baseline).Distinct().Count()).ToList();
        Assert.Equal([lines - 2, 2], perPage);
    }

    static int LineCount(TextBlock block)
    {
        var plan = block.Measure(new Size(200, 10000));
        var oneLine = new TextBlock { Style = block.Style };
        oneLine.Add(new TextSpan { Text = "x" });
        Harness.Bind(oneLine);
        return (int)Math.Round(plan.Height / oneLine.Measure(new Size(200, 100)).Height);
    }

    static double WidthOf(string text)
    {
        var probe = new TextBlock { WidowOrphanControl = false };
        probe.Add(new TextSpan { Text = text });
        Harness.Bind(probe);
        return probe.Measure(new Size(10000, 100)).Width;
    }
}
