using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Elements;

public class ImageTests
{
    [Fact]
    public void Measure_ScalesARasterImageToTheWidth_KeepingItsAspectRatio()
    {
        var image = new Image { Source = new ImageSource(SampleImages.Png(200, 100)) };
        Harness.Bind(image);

        var plan = image.Measure(new Size(300, 500));

        Assert.Equal(300, plan.Width, 3);
        Assert.Equal(150, plan.Height, 3);
    }

    [Fact]
    public void ImageSource_ReadsTheSizeOfAVectorPdfPage()
    {
        var source = new ImageSource(SampleImages.VectorChart(400, 220));

        Assert.True(source.IsPdf);
        Assert.Equal(400, source.NaturalSize.Width, 1);
        Assert.Equal(220, source.NaturalSize.Height, 1);
    }

    [Fact]
    public void Measure_FitArea_StaysInsideBothDimensions()
    {
        var image = new Image { Source = new ImageSource(SampleImages.VectorChart(400, 200)), Scaling = ImageScaling.FitArea };
        Harness.Bind(image);

        var plan = image.Measure(new Size(600, 100));

        Assert.Equal(new Size(200, 100), new Size(Math.Round(plan.Width, 3), Math.Round(plan.Height, 3)));
    }

    [Fact]
    public void Measure_Wraps_NamingTheImage_WhenItIsTallerThanTheSpace()
    {
        var image = new Image { Source = new ImageSource(SampleImages.Png(100, 400)), AltText = "Chart of recommendations" };
        Harness.Bind(image);

        var plan = image.Measure(new Size(300, 500));

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.Contains("Chart of recommendations", plan.WrapReason);
    }

    [Fact]
    public void ImageSource_RejectsBytesThatAreNoImage_WithAClearError()
    {
        var error = Assert.Throws<LayoutException>(() => new ImageSource([1, 2, 3, 4, 5]));

        Assert.Contains("image could not be read", error.Message);
    }
}
