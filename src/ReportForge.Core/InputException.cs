namespace ReportForge.Core;

/// <summary>
/// Bad input a person can fix: names the file and, where known, the page, line and column.
/// Commands print <see cref="Exception.Message"/> alone and exit with code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, int line, int column, string problem, Exception? inner = null)
        : this(file, 0, line, column, problem, inner)
    {
    }

    /// <summary>A problem on a page of a PDF: "summary.pdf: p. 4, line 12: …".</summary>
    public InputException(string file, int page, int line, int column, string problem, Exception? inner = null)
        : base(Describe(file, page, line, column, problem), inner)
    {
        File = file;
        Page = page;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public InputException(string file, string problem, Exception? inner = null)
        : this(file, 0, 0, problem, inner)
    {
    }

    public string File { get; }
    /// <summary>1-based page of a PDF; 0 for text, or when the problem is the whole file.</summary>
    public int Page { get; }
    /// <summary>1-based (on <see cref="Page"/> when there is one); 0 when the problem is the whole file or page.</summary>
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    private static string Describe(string file, int page, int line, int column, string problem) =>
        page > 0 ? (line > 0 ? $"{file}: p. {page}, line {line}: {problem}" : $"{file}: p. {page}: {problem}")
        : line <= 0 ? $"{file}: {problem}"
        : column <= 0 ? $"{file}:{line}: {problem}"
        : $"{file}:{line}:{column}: {problem}";
}
