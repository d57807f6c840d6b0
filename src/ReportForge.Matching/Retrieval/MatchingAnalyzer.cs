using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ReportForge.Matching.Retrieval;

/// <summary>A word of a text after analysis: its stem, and the word as the text wrote it.</summary>
public readonly record struct Stem(string Term, string Word);

/// <summary>
/// Lucene's English analyzer (possessives, lower case, stop words, Porter stems), with the words every UPR
/// recommendation uses ("ensure", "measures", "continue efforts") added to the stop words: they say how much
/// action is asked, not what about, and matching on them pairs unrelated asks.
/// </summary>
public sealed class MatchingAnalyzer : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] UprBoilerplate =
    [
        "ensure", "ensures", "ensuring", "take", "taking", "measure", "measures", "necessary", "continue", "continuing",
        "effort", "efforts", "further", "strengthen", "strengthening", "implement", "implementing", "implementation",
        "consider", "considering", "including", "include", "particular", "particularly", "all", "effective",
        "effectively", "appropriate", "state", "states", "government", "step", "steps", "pursue", "promote",
        "adopt", "adopting", "establish", "also", "well", "such", "within", "order", "provide", "providing",
        "full", "fully", "relevant", "other", "its", "their", "them", "which", "who", "whom", "should", "would",
        "could", "may", "must", "recommend", "recommended", "recommendation", "recommendations", "urge", "urged",
        "call", "called", "upon", "increase", "improve", "address", "make", "need", "needs", "way", "ways", "done",
        "made", "new", "without", "more", "through", "regard", "regarding", "related", "against", "combat",
        "combating", "human", "rights", "right", "person", "persons", "people", "international", "national",
        "standards", "law", "put", "from", "between", "so", "based", "than", "when", "use", "used", "line",
        "bring", "conduct", "accordance", "individual", "individuals", "work", "working", "towards", "continued",
    ];

    public MatchingAnalyzer(IEnumerable<string> extraStopWords)
    {
        var stop = new CharArraySet(Version, 256, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet) stop.Add(word);
        foreach (var word in UprBoilerplate) stop.Add(word);
        // The State under review, and its adjective ("Slovenia", "Slovenian"), are in every recommendation made to it.
        foreach (var word in extraStopWords.SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            stop.Add(word);
            stop.Add(word + "n");
            stop.Add(word + "ian");
            stop.Add(word.TrimEnd('a', 'e', 'y') + "ian");
        }
        Analyzer = new EnglishAnalyzer(Version, stop);
    }

    public Analyzer Analyzer { get; }

    /// <summary>The stems of <paramref name="text"/> in order, each with the word it came from.</summary>
    public IReadOnlyList<Stem> Stems(string text, string field = IndexFields.Text)
    {
        var stems = new List<Stem>();
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length < 2 || char.IsAsciiDigit(term.Buffer[0])) continue;
            stems.Add(new Stem(term.ToString(), text[offset.StartOffset..offset.EndOffset]));
        }
        stream.End();
        return stems;
    }

    public void Dispose() => Analyzer.Dispose();
}

/// <summary>Field names of the recommendations index.</summary>
public static class IndexFields
{
    public const string Ordinal = "ord";
    public const string Text = "text";
    public const string Themes = "themes";
    public const string ThemeKeys = "theme-keys";
}
