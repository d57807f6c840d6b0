using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Infrastructure;

public class TextMeasureTests
{
    private static readonly PdfOptions Pdf = TestFonts.Options();

    [Fact]
    public void Width_GrowsWithTheText_AndWithTheFontSize()
    {
        var style = TextStyle.Default.FontSize(8);

        var code = TextMeasure.Width("CoE-Commissioner", style, Pdf);

        Assert.True(code > TextMeasure.Width("CoE-", style, Pdf));
        Assert.Equal(2 * code, TextMeasure.Width("CoE-Commissioner", style.FontSize(16), Pdf), 6);
    }

    [Fact]
    public void Width_IsWider_WhenTheTextIsBold()
    {
        var style = TextStyle.Default.FontSize(8);

        Assert.True(TextMeasure.Width("CoE-Commissioner", style.Bold(), Pdf) > TextMeasure.Width("CoE-Commissioner", style, Pdf));
    }

    [Fact]
    public void Width_IsTheSumOfItsParts()
    {
        var style = TextStyle.Default.FontSize(8).Bold();

        Assert.Equal(TextMeasure.Width("CoE-Commissioner", style, Pdf),
            TextMeasure.Width("CoE-", style, Pdf) + TextMeasure.Width("Commissioner", style, Pdf), 6);
    }

    [Fact]
    public void Widest_IsTheWidthOfTheWidestText_AndZeroForNone()
    {
        var style = TextStyle.Default.FontSize(8).Bold();

        Assert.Equal(TextMeasure.Width("CoE-Commissioner", style, Pdf), TextMeasure.Widest(["JS1", "CoE-Commissioner", "AI"], style, Pdf));
        Assert.Equal(0, TextMeasure.Widest([], style, Pdf));
    }

    [Fact]
    public void Width_RefusesAStyleWithoutAFontSize()
    {
        Assert.Throws<ArgumentException>(() => TextMeasure.Width("JS1", TextStyle.Default, Pdf));
    }
}
