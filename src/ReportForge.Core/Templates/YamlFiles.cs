using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportForge.Core.Templates;

/// <summary>Reads a template YAML file into a plain data class, with errors that name file and line.</summary>
internal static class YamlFiles
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    public static T Read<T>(string path) where T : new()
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot be read: {e.Message}", e);
        }
        try
        {
            return Deserializer.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException e)
        {
            var problem = (e.InnerException ?? e).Message;
            throw new InputException(path, (int)e.Start.Line, (int)e.Start.Column, problem, e);
        }
    }
}
