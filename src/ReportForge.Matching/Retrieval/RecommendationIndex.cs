using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ReportForge.Matching.Datasets;

namespace ReportForge.Matching.Retrieval;

/// <summary>
/// State recommendations in an in-memory Lucene index, searched with BM25: the wording in one field, themes and
/// issues in another.
/// </summary>
public sealed class RecommendationIndex : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly Dictionary<string, double> idfCache = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock idfLock = new();

    private RecommendationIndex(IReadOnlyList<StateRecommendation> recommendations, MatchingAnalyzer analyzer)
    {
        Recommendations = recommendations;
        Analyzer = analyzer;
        var config = new IndexWriterConfig(MatchingAnalyzer.Version, analyzer.Analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 128,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var ordinal = new Int32Field(IndexFields.Ordinal, 0, Field.Store.YES);
            var text = new TextField(IndexFields.Text, "", Field.Store.NO);
            var themes = new TextField(IndexFields.Themes, "", Field.Store.NO);
            var document = new Document { ordinal, text, themes };
            for (var i = 0; i < recommendations.Count; i++)
            {
                ordinal.SetInt32Value(i);
                text.SetStringValue(recommendations[i].Text);
                themes.SetStringValue(string.Join(" ; ", recommendations[i].Themes));
                writer.AddDocument(document);
            }
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
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
    public double Idf(string term)
    {
        lock (idfLock)
        {
            if (idfCache.TryGetValue(term, out var cached)) return cached;
            var documents = reader.NumDocs;
            var frequency = reader.DocFreq(new Term(IndexFields.Text, term));
            var idf = Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
            idfCache[term] = idf;
            return idf;
        }
    }

    /// <summary>The best <paramref name="count"/> recommendations for these stems by BM25, with their ordinals.</summary>
    public IReadOnlyList<(int Ordinal, float Score)> Search(IEnumerable<string> textTerms, IEnumerable<string> themeTerms, float themeBoost, int count)
    {
        var query = new BooleanQuery();
        foreach (var term in textTerms.Distinct(StringComparer.Ordinal))
            query.Add(new TermQuery(new Term(IndexFields.Text, term)), Occur.SHOULD);
        foreach (var term in themeTerms.Distinct(StringComparer.Ordinal))
            query.Add(new TermQuery(new Term(IndexFields.Themes, term)) { Boost = themeBoost }, Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        var top = Searcher.Search(query, count);
        return top.ScoreDocs
            .Select(hit => (Ordinal: Searcher.Doc(hit.Doc).GetField(IndexFields.Ordinal).GetInt32Value() ?? -1, hit.Score))
            .ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        Analyzer.Dispose();
    }
}
