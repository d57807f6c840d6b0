using System.Text.Json;

namespace ReportForge.Exports.Pipeline;

/// <summary>One rename of a publish: a finished temporary file to its final place.</summary>
public sealed record JournalMove(string From, string To);

/// <summary>
/// <c>.publish.journal</c>: everything a publish is about to do, written (atomically) before the first
/// rename. A publish killed half-way is finished by the next run from its journal, so a folder shows the
/// previous set with its manifest or the new set with its manifest, never new files under an old manifest.
/// </summary>
public sealed record PublishJournal(Manifest Manifest, IReadOnlyList<JournalMove> Moves, IReadOnlyList<string> Stale)
{
    public const string FileName = ".publish.journal";

    /// <summary>Records the journal, then carries it out.</summary>
    public void Run(string folder)
    {
        AtomicFile.WriteAllBytes(PathIn(folder), JsonSerializer.SerializeToUtf8Bytes(this, JournalJson.Default.PublishJournal));
        Apply(folder);
    }

    /// <summary>Finishes a publish a killed run left behind, if any. The caller holds the folder's lock.</summary>
    public static void Replay(string folder)
    {
        var path = PathIn(folder);
        if (!File.Exists(path)) return;
        PublishJournal? journal;
        try
        {
            journal = JsonSerializer.Deserialize(File.ReadAllBytes(path), JournalJson.Default.PublishJournal);
        }
        catch (JsonException)
        {
            journal = null; // written atomically, so never torn; unreadable means hand-edited: nothing to finish
        }
        if (journal is null) File.Delete(path);
        else journal.Apply(folder);
    }

    /// <summary>Each step may already be done: moves whose source is gone were made before the kill.</summary>
    private void Apply(string folder)
    {
        foreach (var move in Moves.Where(m => File.Exists(m.From)))
            AtomicFile.Commit(move.From, move.To);
        ManifestFile.Write(folder, Manifest);
        foreach (var stale in Stale) DeleteInside(folder, stale);
        File.Delete(PathIn(folder));
    }

    private static string PathIn(string folder) => Path.Combine(folder, FileName);

    private static void DeleteInside(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)));
        // a hand-edited manifest must not make us delete files outside the folder
        if (full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            File.Delete(full);
    }
}
