using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Reads lines into the outline of the OHCHR template: the cover (front matter), parts, lettered
/// and numbered sections, numbered paragraphs, and the endnotes. Running headers and footers are
/// dropped wherever they fall.
/// </summary>
internal sealed class BlockParser
{
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly DocumentNode _document = new();
    private readonly TextBlockNode _front = new(null, "", 1, 1);

    private int _part;
    private char _letter;
    private int _subsection;
    private int _expectedParagraph = 1;
    private string _sectionId = "";
    private TextBlockNode? _current;
    private bool _inBody;
    private int _lastHeadingLine = -1;
    private int _titled;

    private BlockParser(IReadOnlyList<SourceLine> lines, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
        _document.Blocks.Add(_front);
    }

    public static DocumentNode Parse(IReadOnlyList<SourceLine> lines, DiagnosticBag diagnostics)
    {
        var parser = new BlockParser(lines, diagnostics);
        parser.Run();
        return parser._document;
    }

    private void Run()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (!_inBody) _document.FrontMatter.Add(line);
            if (line.IsBlank) continue;
            if (PageFurniture.IsFurniture(line.Text)) continue;
            if (_inBody && EndnoteStart.IsHeading(line.Text) && BodyGoesOn(i)) continue;
            if (_inBody && (EndnoteStart.IsHeading(line.Text) || EndnoteStart.IsFirstNote(line.Text)))
            {
                for (var k = i; k < _lines.Count; k++) _document.Endnotes.Add(_lines[k]);
                return;
            }
            if (line.Text == "N/A")
            {
                // "IV. KEY NATIONAL PRIORITIES…" followed by "N/A": the section stays, empty.
                _current = null;
                continue;
            }
            if (TryContinueHeading(line, i)) continue;
            if (TrySplitRunInHeading(line, i)) continue;
            if (TryHeading(line, i)) continue;
            if (TryParagraph(line, i)) continue;
            if (TryTitleLines(ref i)) continue;
            AppendText(line);
        }
    }

    /// <summary>
    /// "Notes" printed before the last paragraphs, as a plain extractor leaves it: the body goes on
    /// when the next paragraph starts before the first note does.
    /// </summary>
    private bool BodyGoesOn(int index)
    {
        for (var k = index + 1; k < _lines.Count && k <= index + 80; k++)
        {
            var text = _lines[k].Text;
            if (text.Length == 0 || PageFurniture.IsFurniture(text)) continue;
            if (EndnoteStart.IsFirstNote(text) || EndnoteStart.IsHeading(text)) return false;
            if (StartsExpectedParagraph(text)) return true;
        }
        return false;
    }

    private bool StartsExpectedParagraph(string text) =>
        HeadingSyntax.TryNumbered(text, out var n, out var rest, out _) && n == _expectedParagraph
        && (rest.Length == 0 || char.IsUpper(rest[0]) || rest[0] is '“' or '"');

    private bool TryContinueHeading(SourceLine line, int index)
    {
        if (_lastHeadingLine < 0 || _document.Headings.Count == 0) return false;
        var previous = PreviousContentLine(index);
        var heading = _document.Headings[^1];
        if (previous != _lastHeadingLine || IsStructural(line.Text)) return false;
        if (!HeadingSyntax.ContinuesTitle(heading.RawTitle, line.Text)) return false;
        heading.Title.Source.Append(line);
        _lastHeadingLine = index;
        return true;
    }

    /// <summary>
    /// A heading and the next paragraph on one line, as a plain extractor joins them:
    /// "1. Constitutional and legislative framework 4. JS7 stated…", "Right to health 45. AI noted…".
    /// </summary>
    private bool TrySplitRunInHeading(SourceLine line, int index)
    {
        if (!_inBody || StartsExpectedParagraph(line.Text)) return false;
        var at = RunTogetherParagraphs.FindAfterTitle(line.Text, _expectedParagraph);
        if (at <= 0) return false;
        var head = line.Head(at);
        var structural = IsStructural(head.Text);
        if (!structural && !(TitleShape.IsTitle(head.Text) && FollowsSentenceOrHeading(index))) return false;
        if (!TryHeading(head, index))
        {
            if (structural) return false;
            AddTitled(head, index);
        }
        var rest = line.Slice(at);
        if (!TryParagraph(rest, index)) AppendText(rest);
        return true;
    }

    /// <summary>
    /// An unnumbered thematic heading (2017 on): a title-shaped line, or two or three when it wraps,
    /// after the end of a sentence or a heading and right before the next paragraph.
    /// </summary>
    private bool TryTitleLines(ref int index)
    {
        if (!_inBody || _sectionId.Length == 0) return false;
        var first = _lines[index];
        // " x" lets a first line that breaks after a comma or "and" pass; the whole title is checked below.
        if (!TitleShape.IsTitle(first.Text + " x")) return false;
        if (!FollowsSentenceOrHeading(index)) return false;
        var title = first.Text;
        var last = index;
        for (var extra = 0; extra < 3; extra++)
        {
            var next = NextContentLine(last);
            if (next < 0) return false;
            var text = _lines[next].Text;
            if (StartsExpectedParagraph(text)) break;
            if (extra == 2 || !HeadingSyntax.ContinuesTitle(title, text) || !TitleShape.IsTitle(title + " " + text)) return false;
            title += " " + text;
            last = next;
        }
        if (!TitleShape.IsTitle(title)) return false;
        AddTitled(first, index);
        for (var k = index + 1; k <= last; k++)
            if (!_lines[k].IsBlank && !PageFurniture.IsFurniture(_lines[k].Text)) _document.Headings[^1].Title.Source.Append(_lines[k]);
        index = last;
        _lastHeadingLine = last;
        return true;
    }

    private void AddTitled(SourceLine line, int index)
    {
        var parent = StructuralId();
        var id = $"{parent}.{Letters(++_titled)}";
        AddHeading(id, SectionLevel.Titled, parent, line, index);
        // A title does not move the outline: the next one sits beside it, under the same heading.
        _sectionId = id;
    }

    private bool FollowsSentenceOrHeading(int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            var text = _lines[k].Text;
            if (text.Length == 0 || PageFurniture.IsFurniture(text)) continue;
            return k == _lastHeadingLine || TitleShape.EndsSentence(text);
        }
        return false;
    }

    private int NextContentLine(int index)
    {
        for (var k = index + 1; k < _lines.Count; k++)
        {
            var text = _lines[k].Text;
            if (text.Length > 0 && !PageFurniture.IsFurniture(text)) return k;
        }
        return -1;
    }

    /// <summary>a, b, … z, aa, ab: ids for titled sections under one heading.</summary>
    private static string Letters(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('a' + (n - 1) % 26) + s;
        return s;
    }

    private bool TryHeading(SourceLine line, int index)
    {
        if (HeadingSyntax.TryPart(line.Text, out var part, out var partTitle)
            && (part == _part + 1 || (part > _part && HeadingSyntax.IsUpperCase(partTitle))))
        {
            if (part != _part + 1)
                _diagnostics.Warning(line.Number, line.Column, $"part {part} follows part {_part}");
            _part = part;
            _letter = '\0';
            _subsection = 0;
            AddHeading(RomanId(part), SectionLevel.Part, null, TitleOf(line, partTitle), index);
            return true;
        }
        if (HeadingSyntax.TryLettered(line.Text, out var letter, out var letterTitle)
            && IsNextLetter(letter, letterTitle, line))
        {
            _letter = letter;
            _subsection = 0;
            var parent = _part > 0 ? RomanId(_part) : null;
            var id = parent is null ? letter.ToString() : $"{parent}.{letter}";
            AddHeading(id, SectionLevel.Lettered, parent, TitleOf(line, letterTitle), index);
            return true;
        }
        if (_letter != '\0' && HeadingSyntax.TryNumbered(line.Text, out var number, out var rest, out var restOffset)
            && IsSubsection(number, rest, line, index))
        {
            _subsection = number;
            var parent = LetteredId();
            AddHeading($"{parent}.{number.ToString(CultureInfo.InvariantCulture)}", SectionLevel.Numbered, parent, line.Slice(restOffset), index);
            return true;
        }
        return false;
    }

    private bool IsNextLetter(char letter, string title, SourceLine line)
    {
        var expected = _letter == '\0' ? 'A' : (char)(_letter + 1);
        if (letter == expected) return true;
        if (letter < expected || letter > expected + 2 || !HeadingSyntax.LooksLikeTitle(title)) return false;
        _diagnostics.Warning(line.Number, line.Column, $"section {letter} follows section {(_letter == '\0' ? "none" : _letter.ToString())}");
        return true;
    }

    /// <summary>
    /// "2. Right to life, liberty and security of the person" against "2." or "10. JS1 indicated…":
    /// subsection numbers restart in each lettered section, paragraph numbers run 1..N.
    /// </summary>
    private bool IsSubsection(int number, ReadOnlySpan<char> rest, SourceLine line, int index)
    {
        if (!HeadingSyntax.LooksLikeTitle(rest)) return false;
        var expected = _subsection + 1;
        if (number == expected)
            return number != _expectedParagraph || NextParagraphFollows(index);
        if (number == _expectedParagraph || number < expected || number > expected + 2) return false;
        _diagnostics.Warning(line.Number, line.Column, $"subsection {number} follows subsection {_subsection}");
        return true;
    }

    /// <summary>True when paragraph <see cref="_expectedParagraph"/> starts within the next few lines.</summary>
    private bool NextParagraphFollows(int index)
    {
        var seen = 0;
        for (var k = index + 1; k < _lines.Count && seen < 4; k++)
        {
            var text = _lines[k].Text;
            if (text.Length == 0 || PageFurniture.IsFurniture(text)) continue;
            seen++;
            // "2. Constitutional and legislative framework" is the next heading, not paragraph 2.
            if (HeadingSyntax.TryNumbered(text, out var n, out var rest, out _) && n == _expectedParagraph
                && !HeadingSyntax.LooksLikeTitle(rest))
                return true;
        }
        return false;
    }

    private bool TryParagraph(SourceLine line, int index)
    {
        if (!HeadingSyntax.TryNumbered(line.Text, out var number, out var rest, out var restOffset)) return false;
        if (number != _expectedParagraph)
        {
            var near = Math.Abs(number - _expectedParagraph) <= 10;
            var startsLikeParagraph = rest.Length == 0 || char.IsUpper(rest[0]);
            if (!near || !startsLikeParagraph) return false;
            if (number < _expectedParagraph)
            {
                _diagnostics.Warning(line.Number, line.Column,
                    $"paragraph {number} out of sequence (expected {_expectedParagraph}); read as text of paragraph {_expectedParagraph - 1}");
                return false;
            }
            _diagnostics.Warning(line.Number, line.Column,
                $"paragraph {number} out of sequence: paragraphs {_expectedParagraph}–{number - 1} are missing");
        }
        _ = index;
        StartParagraph(number, line);
        if (rest.Length > 0) AppendText(line.Slice(restOffset));
        return true;
    }

    private void StartParagraph(int number, SourceLine line)
    {
        EnterBody();
        _current = new TextBlockNode(number, _sectionId, line.Number, line.Column) { Page = line.Cues.Page };
        _document.Blocks.Add(_current);
        _expectedParagraph = number + 1;
        _lastHeadingLine = -1;
    }

    /// <summary>Paragraph text, split where the next paragraph begins on the same line.</summary>
    private void AppendText(SourceLine line)
    {
        while (true)
        {
            var at = _current is null ? -1 : RunTogetherParagraphs.Find(line.Text, _expectedParagraph);
            if (at < 0) break;
            Target(line).Source.Append(line.Head(at));
            var next = line.Slice(at);
            HeadingSyntax.TryNumbered(next.Text, out var number, out _, out var restOffset);
            StartParagraph(number, next);
            line = next.Slice(restOffset);
        }
        Target(line).Source.Append(line);
    }

    private TextBlockNode Target(SourceLine line)
    {
        // Cover lines with the symbol ("United Nations  A/HRC/WG.6/20/KAZ/3") are not prose: "WG.6" is no footnote.
        if (!_inBody) return line.Text.Split(' ').Any(PageFurniture.IsDocumentSymbol) ? new TextBlockNode(null, "", 0, 0) : _front;
        if (_current is not null) return _current;
        _diagnostics.Warning(line.Number, line.Column, "text outside any numbered paragraph");
        _current = new TextBlockNode(null, _sectionId, line.Number, line.Column);
        _document.Blocks.Add(_current);
        return _current;
    }

    private void AddHeading(string id, SectionLevel level, string? parentId, SourceLine title, int index)
    {
        EnterBody();
        var block = new TextBlockNode(null, id, title.Number, title.Column) { IsHeading = true, Page = title.Cues.Page };
        block.Source.Append(title);
        _document.Blocks.Add(block);
        _document.Headings.Add(new HeadingNode(id, level, parentId, block, title.Number));
        if (level != SectionLevel.Titled) _titled = 0;
        _sectionId = id;
        _current = null;
        _lastHeadingLine = index;
    }

    private static SourceLine TitleOf(SourceLine line, string title) => line.Slice(line.Text.Length - title.Length);

    /// <summary>The innermost numbered, lettered or part heading: titled sections sit under it.</summary>
    private string StructuralId()
    {
        for (var h = _document.Headings.Count - 1; h >= 0; h--)
            if (_document.Headings[h].Level != SectionLevel.Titled) return _document.Headings[h].Id;
        return "";
    }

    private void EnterBody() => _inBody = true;

    private bool IsStructural(string text) =>
        HeadingSyntax.TryNumbered(text, out _, out _, out _)
        || HeadingSyntax.TryPart(text, out _, out _)
        || HeadingSyntax.TryLettered(text, out _, out _);

    private int PreviousContentLine(int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            var text = _lines[k].Text;
            if (text.Length == 0) return -1;
            if (!PageFurniture.IsFurniture(text)) return k;
        }
        return -1;
    }

    private string LetteredId() => _part > 0 ? $"{RomanId(_part)}.{_letter}" : _letter.ToString();

    private static string RomanId(int part) => HeadingSyntax.Roman(part);
}
