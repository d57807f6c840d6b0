using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ReportForge.Matching.Datasets;

namespace ReportForge.Matching.Retrieval;

/// <summary>
/// State recommendations in an in-memory Lucene index of their wording, searched with BM25.
/// </summary>
public sealed class RecommendationIndex : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    // Lucene document number → recommendation, read once: doc values readers keep a read position and are not
    // safe to share between the threads that match asks at once.
    private readonly int[] rowOf;

    // Each recommendation's distinct stems, kept so rescoring a candidate does not analyse it again; the strings
    // are shared between recommendations (a corpus has a few thousand distinct stems).
    private static readonly Sort ByScoreThenRow = new(SortField.FIELD_SCORE, new SortField(IndexFields.Ordinal, SortFieldType.INT64));

    private readonly string[][] stems;
    private readonly double[] weights;
    private readonly IReadOnlyList<string>[] themeKeys;
    private readonly ConcurrentDictionary<string, string> vocabulary = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> idfCache = new(StringComparer.Ordinal);

    private RecommendationIndex(IReadOnlyList<StateRecommendation> recommendations, MatchingAnalyzer analyzer)
    {
        Recommendations = recommendations;
        Analyzer = analyzer;
        stems = new string[recommendations.Count][];
        weights = new double[recommendations.Count];
        themeKeys = new IReadOnlyList<string>[recommendations.Count];
        Array.Fill(weights, -1);
        var config = new IndexWriterConfig(MatchingAnalyzer.Version, analyzer.Analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 128,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // IndexWriter takes documents from several threads at once; each thread reuses its own fields.
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
            Parallel.ForEach(Partitioner.Create(0, recommendations.Count, 2048), options, range =>
            {
                var ordinal = new NumericDocValuesField(IndexFields.Ordinal, 0);
                var text = new TextField(IndexFields.Text, "", Field.Store.NO);
                var document = new Document { ordinal, text };
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    ordinal.SetInt64Value(i);
                    text.SetStringValue(recommendations[i].Text);
                    // one token per canonical theme its issues agree with: the query asks for one term, not the issue words
                    document.RemoveFields(IndexFields.ThemeKeys);
                    themeKeys[i] = ThemeIssues.KeysOf(recommendations[i].Themes);
                    foreach (var key in themeKeys[i])
                        document.Add(new StringField(IndexFields.ThemeKeys, key, Field.Store.NO));
                    writer.AddDocument(document);
                    stems[i] = analyzer.Stems(recommendations[i].Text).Select(t => Intern(t.Term)).Distinct().ToArray();
                }
            });
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        var ordinals = MultiDocValues.GetNumericValues(reader, IndexFields.Ordinal);
        rowOf = new int[reader.MaxDoc];
        for (var doc = 0; doc < rowOf.Length; doc++) rowOf[doc] = (int)ordinals.Get(doc);
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Indexes <paramref name="recommendations"/>; the countries under review become stop words.</summary>
    public static RecommendationIndex Build(IReadOnlyList<StateRecommendation> recommendations)
    {
        var countries = recommendations.Select(r => r.Country).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        return new RecommendationIndex(recommendations, new MatchingAnalyzer(countries));
    }

    public IReadOnlyList<StateRecommendation> Recommendations { get; }
    public MatchingAnalyzer Analyzer { get; }
    internal IndexSearcher Searcher { get; }

    /// <summary>BM25's inverse document frequency of a stem in the wording field.</summary>
    public double Idf(string term) => idfCache.GetOrAdd(term, t =>
    {
        var documents = reader.NumDocs;
        var frequency = reader.DocFreq(new Term(IndexFields.Text, t));
        return Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    });

    /// <summary>Whether any recommendation's wording has this stem.</summary>
    public bool Occurs(string term) => vocabulary.ContainsKey(term);

    /// <summary>
    /// The best <paramref name="count"/> recommendations for these stems by BM25: ordinals and Lucene doc ids. A
    /// recommendation filed under the ask's canonical theme (<paramref name="themeKey"/>) gains
    /// <paramref name="themeBoost"/>; alone the theme finds nothing (the wording must share a word).
    /// </summary>
    public IReadOnlyList<(int Ordinal, int Doc)> Search(IEnumerable<string> textTerms, int count, string? themeKey = null, float themeBoost = 0)
    {
        var wording = new BooleanQuery();
        foreach (var term in textTerms.Distinct(StringComparer.Ordinal))
            wording.Add(new TermQuery(new Term(IndexFields.Text, term)), Occur.SHOULD);
        if (wording.Clauses.Count == 0) return [];
        var query = wording;
        // The words are required as a group, the theme optional: a recommendation that shares only the theme is never a candidate.
        if (themeBoost > 0 && !string.IsNullOrEmpty(themeKey))
            query = new BooleanQuery
            {
                { wording, Occur.MUST },
                { new TermQuery(new Term(IndexFields.ThemeKeys, themeKey)) { Boost = themeBoost }, Occur.SHOULD },
            };
        // Equal scores (the same wording made by several States, one row each) are ordered by the row, not by the
        // Lucene document number, which parallel indexing assigns in no fixed order: the same files give the same matches.
        return Searcher.Search(query, null, count, ByScoreThenRow, doDocScores: false, doMaxScore: false)
            .ScoreDocs.Select(hit => (rowOf[hit.Doc], hit.Doc)).ToList();
    }

    /// <summary>The canonical themes a recommendation's issues or themes agree with.</summary>
    public IReadOnlyList<string> ThemeKeysOf(int ordinal) => themeKeys[ordinal];

    /// <summary>The distinct stems of a recommendation's wording.</summary>
    public IReadOnlyList<string> StemsOf(int ordinal) => stems[ordinal];

    /// <summary>The sum of the inverse document frequencies of a recommendation's stems, computed once.</summary>
    public double WeightOf(int ordinal)
    {
        var weight = weights[ordinal];
        if (weight >= 0) return weight;
        weight = 0;
        foreach (var stem in stems[ordinal]) weight += Idf(stem);
        // two threads may both compute it: they write the same value
        weights[ordinal] = weight;
        return weight;
    }

    private string Intern(string term) => vocabulary.GetOrAdd(term, term);

    /// <summary>The stems of a theme name; themes are few, so each is analysed once.</summary>
    public IReadOnlyList<string> ThemeStems(string theme) =>
        themeStems.GetOrAdd(theme, t => Analyzer.Stems(t, IndexFields.Themes).Select(s => s.Term).Distinct().ToArray());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> themeStems = new(StringComparer.Ordinal);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        Analyzer.Dispose();
    }
}
