using FsCheck;
using FsCheck.Xunit;
using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

public class WordsTests
{
    [Property(MaxTest = 300)]
    public void Next_ReadsTheSameWordsAsTokens_OneAtATime(NonNull<string> text)
    {
        var read = new List<string>();
        var at = 0;
        while (Words.Next(text.Get, ref at, out var word)) read.Add(text.Get[word].ToLowerInvariant());
        Assert.Equal(Words.Tokens(text.Get), read);
    }

    [Fact]
    public void Next_ReadsLettersOnly_WhenAskedTo()
    {
        var at = 0;
        Assert.True(Words.Next("JS1 noted", ref at, out var word, lettersOnly: true));
        Assert.Equal("JS", "JS1 noted"[word]);
    }
}
