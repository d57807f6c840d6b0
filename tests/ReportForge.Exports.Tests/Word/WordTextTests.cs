using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

public sealed class WordTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("bell\u0007 and null\0", "bell and null")]
    [InlineData("not a char \uFFFE\uFFFF", "not a char ")]
    [InlineData("line\nbreak\tand tab", "line break and tab")]
    [InlineData("emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept")]
    [InlineData("Kazakh: Қазақстан", "Kazakh: Қазақстан")]
    public void Clean_KeepsOnlyWhatXmlCanHold(string input, string expected) =>
        Assert.Equal(expected, WordText.Clean(input));

    [Fact]
    public void Clean_DropsLoneSurrogates()
    {
        // Built at run time: a lone surrogate does not survive being stored in an attribute.
        var text = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low";

        Assert.Equal("lone  high, lone  low", WordText.Clean(text));
    }

    [Fact]
    public void Clean_ReturnsEmpty_ForNull() => Assert.Equal("", WordText.Clean(null));
}
