using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing.Syntax;

public class SourceTextTests
{
    [Fact]
    public void Locate_MapsJoinedTextBackToLineAndColumn()
    {
        var text = new SourceText();
        text.Append(new SourceLine(3, 5, "JS1 noted"));
        text.Append(new SourceLine(4, 1, "that"));
        Assert.Equal("JS1 noted that", text.Text);
        Assert.Equal((3, 9), text.Locate(4));
        Assert.Equal((4, 2), text.Locate(11));
    }

    [Fact]
    public void Append_JoinsALineEndHyphenWithoutASpace()
    {
        var text = new SourceText();
        text.Append(new SourceLine(1, 1, "adopt anti-"));
        text.Append(new SourceLine(2, 1, "discrimination law"));
        Assert.Equal("adopt anti-discrimination law", text.Text);
    }
}
