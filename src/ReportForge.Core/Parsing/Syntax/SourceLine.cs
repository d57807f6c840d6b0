namespace ReportForge.Core.Parsing.Syntax;

/// <summary>One line of the source, trimmed, remembering where its text starts.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Column">1-based column of the first non-blank character.</param>
/// <param name="Text">The line without leading and trailing blanks.</param>
internal readonly record struct SourceLine(int Number, int Column, string Text)
{
    /// <summary>What the reader saw of the line's type; <see cref="LineCues.None"/> for plain text.</summary>
    public LineCues Cues
    {
        get => _cues ?? LineCues.None;
        init => _cues = value;
    }

    private readonly LineCues? _cues;

    public bool IsBlank => Text.Length == 0;

    /// <summary>"Lines that begin with a space are page-break artefacts": kept, but indented.</summary>
    public bool IsIndented => Column > 1;

    /// <summary>The part of the line from <paramref name="offset"/> on, trimmed, with its own column.</summary>
    public SourceLine Slice(int offset)
    {
        var start = offset;
        while (start < Text.Length && Text[start] == ' ') start++;
        return new SourceLine(Number, Column + start, Text[start..]) { Cues = Cues.Slice(start, Text.Length - start, Text.Length) };
    }

    /// <summary>The part of the line before <paramref name="length"/>, trimmed at its end.</summary>
    public SourceLine Head(int length)
    {
        var text = Text[..length].TrimEnd(' ');
        return new SourceLine(Number, Column, text) { Cues = Cues.Slice(0, text.Length, Text.Length) };
    }
}
