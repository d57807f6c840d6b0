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

    [Property(MaxTest = 300)]
    public void Next_OffersEveryWordThatIsAKey_AsWordsNextReadsThem(NonNull<string> text, bool ignoreCase)
    {
        var words = new List<Range>();
        var at = 0;
        while (Words.Next(text.Get, ref at, out var word)) words.Add(word);
        // Every other word is a key: the rest must be told apart.
        var keys = words.Where((_, i) => i % 2 == 0).Select(w => text.Get[w]).ToList();
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var filter = new WordPrefilter(keys, ignoreCase);
        var offered = new List<Range>();
        at = 0;
        while (filter.Next(text.Get, ref at, out var word)) offered.Add(word);
        Assert.Empty(words.Where(w => keys.Contains(text.Get[w], comparer)).Except(offered));
    }

    [Fact]
    public void Next_SkipsWordsThatCannotBeKeys_AndCapitalsInsideWords()
    {
        var filter = new WordPrefilter(["Chad"], ignoreCase: false);
        var text = "aChad noted Chad and Chile";
        var offered = new List<string>();
        var at = 0;
        while (filter.Next(text, ref at, out var word, lettersOnly: true)) offered.Add(text[word]);
        Assert.Equal(["Chad"], offered);
    }
}
