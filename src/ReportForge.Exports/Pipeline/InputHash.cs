using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportForge.Core.Templates;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// One hash over everything an output depends on: the source, the recommendations datasets, every template file and the product
/// version. Equal hashes mean a re-render would produce the same files.
/// </summary>
public static class InputHash
{
    public static string ProductVersion { get; } =
        typeof(InputHash).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <param name="datasets">"file-name sha256" of each recommendations dataset the documents draw on.</param>
    public static string Compute(string sourceSha256, TemplateSet templates, IReadOnlyList<string>? datasets = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "reportforge " + ProductVersion);
        Append(hash, "source " + sourceSha256);
        foreach (var dataset in datasets ?? []) Append(hash, "recommendations " + dataset);
        foreach (var file in templates.Files())
        {
            Append(hash, "template " + Path.GetRelativePath(templates.Root, file).Replace('\\', '/'));
            using var stream = File.OpenRead(file);
            Append(hash, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
}
