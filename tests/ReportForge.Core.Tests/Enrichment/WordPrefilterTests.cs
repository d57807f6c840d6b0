using FsCheck;
using FsCheck.Xunit;
using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

public class WordPrefilterTests
{
    [Property(MaxTest = 300)]
    public void MayMatch_NeverRulesOutAKey_InAnyCase(NonEmptyString key, bool upper)
    {
        var filter = new WordPrefilter([key.Get], ignoreCase: true);
        var word = upper ? key.Get.ToUpperInvariant() : key.Get.ToLowerInvariant();
        if (string.Equals(word, key.Get, StringComparison.OrdinalIgnoreCase)) Assert.True(filter.MayMatch(word));
    }

    [Fact]
    public void MayMatch_RulesOutWords_WhoseFirstLetterOrLengthNoKeyHas()
    {
        var filter = new WordPrefilter(["Kazakhstan", "Chad"], ignoreCase: false);
        Assert.True(filter.MayMatch("Kazakhstan"));
        Assert.False(filter.MayMatch("kazakhstan"));
        Assert.False(filter.MayMatch("Kenya"));
        Assert.False(filter.MayMatch("noted"));
    }

    [Fact]
    public void MayMatch_LooksUpEveryWord_WhenAKeyIgnoringCaseStartsOutsideAscii()
    {
        var filter = new WordPrefilter(["éducation"], ignoreCase: true);
        Assert.True(filter.MayMatch("xducation"));
    }
}
