using System.Security.Cryptography;
using System.Text;
using ReportForge.Core;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;

namespace ReportForge.Exports.Pipeline;

/// <summary>A summary read and parsed, with what identifies it.</summary>
public sealed record SourceDocument(SourceDescriptor Descriptor, string FullPath, Summary Summary)
{
    /// <summary>Reads and parses <paramref name="file"/> (the built-in sample when null).</summary>
    /// <exception cref="InputException">The file is missing or is not a summary.</exception>
    public static SourceDocument Load(string? file, string? id, TemplateSet templates)
    {
        var path = file == SummaryFile.StandardInput ? file : Path.GetFullPath(file ?? templates.SampleSummary);
        var name = SummaryFile.NameOf(file ?? path);
        // Read once: standard input cannot be read a second time for the hash.
        var bytes = SummaryFile.ReadBytes(path);
        var summary = SummaryFile.Parse(bytes, name, templates.ParseOptions);
        var descriptor = new SourceDescriptor(id ?? IdFor(name), name, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return new SourceDocument(descriptor, path, summary);
    }

    /// <summary>
    /// "kazakhstan-2010" for <c>kazakhstan-2010.txt</c>, "kazakhstan" for <c>Казахстан.txt</c>. A name in a
    /// script without a Latin spelling here gets a short hash of the whole name, so <c>日本.txt</c> and
    /// <c>中国.txt</c> stay apart. The hash covers the name only: an edited file keeps its id and folder.
    /// </summary>
    public static string IdFor(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var slug = Slugs.From(name, maxLength: 50);
        if (!Slugs.LosesLetters(name)) return slug;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC))))[..8];
        return (slug == Slugs.Untitled ? "source" : slug) + "-" + hash;
    }
}
