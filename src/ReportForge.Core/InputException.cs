namespace ReportForge.Core;

/// <summary>
/// Bad input a person can fix: names the file and, where known, the line and column.
/// Commands print <see cref="Exception.Message"/> alone and exit with code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, int line, int column, string problem, Exception? inner = null)
        : base(Describe(file, line, column, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public InputException(string file, string problem, Exception? inner = null)
        : this(file, 0, 0, problem, inner)
    {
    }

    public string File { get; }
    /// <summary>1-based; 0 when the problem is the whole file.</summary>
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    private static string Describe(string file, int line, int column, string problem) =>
        line <= 0 ? $"{file}: {problem}"
        : column <= 0 ? $"{file}:{line}: {problem}"
        : $"{file}:{line}:{column}: {problem}";
}
