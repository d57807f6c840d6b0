using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportForge.Core.Templates;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// One hash over everything an output depends on: the source, every template file and the product
/// version. Equal hashes mean a re-render would produce the same files.
/// </summary>
public static class InputHash
{
    public static string ProductVersion { get; } =
        typeof(InputHash).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    public static string Compute(string sourceSha256, TemplateSet templates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "reportforge " + ProductVersion);
        Append(hash, "source " + sourceSha256);
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
