using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing;

/// <summary>Collects what the parser noticed, in source order, capped so hostile input cannot flood it.</summary>
internal sealed class DiagnosticBag
{
    public const int Limit = 500;

    private readonly List<Diagnostic> _items = [];
    private readonly PageLines? _pages;
    private bool _truncated;

    public DiagnosticBag()
    {
    }

    /// <summary>For lines from a PDF: diagnostics name the page and the line on it.</summary>
    public DiagnosticBag(IReadOnlyList<SourceLine> lines) => _pages = PageLines.Of(lines);

    public void Warning(int line, int column, string message) => Add(DiagnosticSeverity.Warning, line, column, message);

    public void Info(int line, int column, string message) => Add(DiagnosticSeverity.Info, line, column, message);

    public IReadOnlyList<Diagnostic> ToList()
    {
        var ordered = _items.OrderBy(d => d.Line).ThenBy(d => d.Column);
        return _pages is null ? ordered.ToList() : ordered.Select(_pages.Locate).ToList();
    }

    private void Add(DiagnosticSeverity severity, int line, int column, string message)
    {
        if (_items.Count < Limit) _items.Add(new Diagnostic(severity, line, column, message));
        else if (!_truncated)
        {
            _truncated = true;
            _items.Add(new Diagnostic(DiagnosticSeverity.Warning, line, column,
                $"more than {Limit} diagnostics; the rest are left out"));
        }
    }
}
