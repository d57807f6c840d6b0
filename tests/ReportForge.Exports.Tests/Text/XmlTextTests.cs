using ReportForge.Exports.Text;

namespace ReportForge.Exports.Tests.Text;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("a\u0000b\u0008c\u001Fd", "abcd")]
    [InlineData("x\uFFFEy\uFFFF", "xy")]
    [InlineData("emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept")]
    [InlineData("Қазақстан – ¶", "Қазақстан – ¶")]
    public void Strip_RemovesOnlyWhatXmlCannotHold(string input, string expected)
    {
        Assert.Equal(expected, XmlText.Strip(input));
        Assert.True(XmlText.IsValid(XmlText.Strip(input)));
    }

    [Fact]
    public void Strip_RemovesLoneSurrogates()
    {
        // Built from chars: test data attributes cannot carry lone surrogates intact.
        var text = "a" + (char)0xD800 + "b" + (char)0xDC00 + "c" + (char)0xD83D;
        Assert.Equal("abc", XmlText.Strip(text));
    }

    [Fact]
    public void Strip_ReturnsTheSameString_WhenNothingIsRemoved()
    {
        const string text = "Ratify the Rome Statute.";
        Assert.Same(text, XmlText.Strip(text));
        Assert.Equal(string.Empty, XmlText.Strip(null));
    }
}
