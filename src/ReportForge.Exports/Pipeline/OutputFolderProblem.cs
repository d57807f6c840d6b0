using ReportForge.Core;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// Turns a failure to write the output folder (full disk, read-only, not a folder) into bad input
/// naming the folder: the person running the export can fix it, and it is not a bug.
/// </summary>
public static class OutputFolderProblem
{
    /// <summary>Runs <paramref name="write"/>; file-system failures become one line naming <paramref name="outputRoot"/>.</summary>
    /// <exception cref="InputException">The output folder cannot be written.</exception>
    public static T Guard<T>(string outputRoot, Func<T> write)
    {
        try
        {
            if (File.Exists(outputRoot)) throw new InputException(outputRoot, "the output folder is a file, not a folder");
            return write();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(outputRoot, "the output folder is not writable (read-only or no permission)", e);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new InputException(outputRoot, $"the output folder cannot be written: {Reason(e)}", e);
        }
    }

    /// <summary>The system's reason without the path it quotes (the folder is already named).</summary>
    private static string Reason(IOException e)
    {
        var message = e.Message;
        var quote = message.IndexOf(" : '", StringComparison.Ordinal);
        if (quote < 0) quote = message.IndexOf(" '", StringComparison.Ordinal);
        return (quote > 0 ? message[..quote] : message).TrimEnd('.', ' ');
    }
}
