using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>One endnote: its number, its text joined from every piece, and the line it starts on.</summary>
/// <param name="Fragments">The pieces of source lines the note is made of, in order, as printed.</param>
internal sealed record Endnote(int Number, string Text, int Line, IReadOnlyList<SourceLine> Fragments);
