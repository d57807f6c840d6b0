using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing.Syntax;

public class LineReaderTests
{
    [Fact]
    public void Split_AcceptsEveryLineEnding_AndNumbersLinesFromOne()
    {
        var lines = LineReader.Split("a\r\nb\rc\nd\n");
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void Split_TrimsLines_AndKeepsTheColumnOfTheFirstCharacter()
    {
        var line = LineReader.Split(" II. PROMOTION ")[0];
        Assert.Equal("II. PROMOTION", line.Text);
        Assert.Equal(2, line.Column);
        Assert.True(line.IsIndented);
    }

    [Fact]
    public void Split_TurnsControlCharactersAndFormFeedsIntoSpaces_KeepingColumns()
    {
        var line = LineReader.Split("\fJS1\u0001noted\tthat")[0];
        Assert.Equal("JS1 noted that", line.Text);
        Assert.Equal(2, line.Column);
    }

    [Fact]
    public void Read_AndPeek_WalkTheLines()
    {
        var reader = new LineReader("one\ntwo");
        Assert.Equal("two", reader.Peek(1)!.Value.Text);
        Assert.Equal("one", reader.Read().Text);
        Assert.Equal("two", reader.Read().Text);
        Assert.True(reader.AtEnd);
        Assert.Null(reader.Peek());
    }
}
