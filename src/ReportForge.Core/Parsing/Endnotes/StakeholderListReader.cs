using System.Text;
using System.Text.RegularExpressions;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// Reads the stakeholder list note ("The stakeholders listed below have contributed information for
/// this summary…") into one entry per code, whatever the layout:
/// <list type="bullet">
/// <item>a two-column table (<c>pdftotext -layout</c>): "AI␣␣␣␣Amnesty International, London;" with the
/// name wrapping in its column;</item>
/// <item>a code and its name on alternate lines, the name wrapping until its semicolon;</item>
/// <item>a block of codes and then the block of their names (<see cref="CodeNamePairing"/>);</item>
/// <item>"Joint submission 1 submitted by: …" runs, attachments "(CoE-ECRI) European Commission…",
/// headings run into codes, page furniture anywhere.</item>
/// </list>
/// A list of treaty abbreviations that follows ("The following abbreviations are used…") is not read.
/// </summary>
internal sealed partial class StakeholderListReader
{
    [GeneratedRegex(@"^\((?<code>[^()]{2,50})\)(?:\s+(?<rest>.*))?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();

    private readonly IReadOnlySet<string> _known;
    private readonly List<Entry> _entries = [];
    private readonly List<(CodeNamePairing.Word Word, StakeholderKind Kind, int Line)> _codes = [];
    private readonly List<(string Text, int Line)> _names = [];
    /// <summary>Brackets open in the names read since the last block: kept as the names come, not recounted.</summary>
    private int _namesDepth;
    private StakeholderKind _kind = StakeholderKind.CivilSociety;
    private int? _nameColumn;
    private AsteriskLegend _legend = AsteriskLegend.From("");

    [GeneratedRegex(@"Joint submission\s*(\d+)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JointNumber();

    private StakeholderListReader(IReadOnlySet<string> known) => _known = known;

    public static List<ListedStakeholder> Read(IReadOnlyList<SourceLine> fragments, IReadOnlySet<string> known)
    {
        var reader = new StakeholderListReader(known);
        reader.Run(fragments);
        return reader.Build();
    }

    private sealed class Entry(string code, string text, StakeholderKind kind, int line)
    {
        public string Code { get; set; } = code;
        public StringBuilder Text { get; } = new(text);
        public StakeholderKind Kind { get; } = kind;
        public int Line { get; } = line;
        public string? AttachedTo { get; init; }

        public void Append(string more) => Text.Append(' ').Append(more);
    }

    private void Run(IReadOnlyList<SourceLine> fragments)
    {
        var start = SkipPreamble(fragments, out var rest);
        foreach (var fragment in rest.Concat(fragments.Skip(start)))
        {
            var cut = fragment.Text.IndexOf("following abbreviations", StringComparison.OrdinalIgnoreCase);
            if (cut >= 0)
            {
                if (cut > 0) Pieces(fragment.Head(cut));
                break;
            }
            Pieces(fragment);
        }
        FlushBlock();
    }

    /// <summary>The opening sentence, with its asterisk legend; returns where the entries begin.</summary>
    private int SkipPreamble(IReadOnlyList<SourceLine> fragments, out List<SourceLine> rest)
    {
        rest = [];
        var preamble = new StringBuilder();
        for (var i = 0; i < fragments.Count; i++)
        {
            var text = fragments[i].Text;
            if (ListHeadings.Find(text) is { } heading)
            {
                preamble.Append(' ').Append(text[..heading.Start]);
                rest.Add(fragments[i].Slice(heading.Start));
                _legend = AsteriskLegend.From(preamble.ToString());
                return i + 1;
            }
            preamble.Append(' ').Append(text);
            var so = preamble.ToString().TrimEnd();
            var next = i + 1 < fragments.Count ? fragments[i + 1].Text : "";
            var goesOn = next.Length > 0 && (char.IsLower(next[0]) || next.Contains("asterisk", StringComparison.OrdinalIgnoreCase));
            if ((so.EndsWith('.') || so.EndsWith(')')) && NameSegments.Depth(so) <= 0 && !goesOn || i >= 5)
            {
                _legend = AsteriskLegend.From(so);
                return i + 1;
            }
        }
        _legend = AsteriskLegend.From(preamble.ToString());
        return fragments.Count;
    }

    /// <summary>Splits a line at the headings run into it and reads each piece.</summary>
    private void Pieces(SourceLine line)
    {
        while (line.Text.Length > 0)
        {
            if (ListHeadings.Find(line.Text) is not { } heading)
            {
                Piece(line);
                return;
            }
            if (heading.Start > 0) Piece(line.Head(heading.Start));
            if (_names.Count > 0) FlushBlock();
            if (heading.Kind is { } kind) _kind = kind;
            line = line.Slice(heading.End);
        }
    }

    private void Piece(SourceLine piece)
    {
        var text = piece.Text;
        if (text.Length == 0) return;
        if (TrySplitCells(text, out var codeCell, out var nameCell, out var nameAt))
        {
            FlushBlock();
            _nameColumn = piece.Column + nameAt;
            AddEntry(codeCell, nameCell, piece.Number);
            return;
        }
        if (_nameColumn is { } column && piece.Column >= column - 1 && (_entries.Count > 0 || _codes.Count > 0))
        {
            if (Attachment().Match(text) is { Success: true } a && IsAttachment(a))
                AddEntry("(" + a.Groups["code"].Value + ")", a.Groups["rest"].Value, piece.Number);
            else if (_codes.Count > 0)
            {
                var code = string.Join(' ', _codes.Select(c => c.Word.Text));
                _codes.Clear();
                AddEntry(code, text, piece.Number);
            }
            else _entries[^1].Append(text);
            return;
        }
        Plain(piece);
    }

    /// <summary>A line of a code-and-name list as a plain extractor gives it.</summary>
    private void Plain(SourceLine piece)
    {
        var text = piece.Text;
        if (!NameOpen && Attachment().Match(text) is { Success: true } a && IsAttachment(a))
        {
            FlushBlock();
            var rest = a.Groups["rest"].Value;
            if (rest.Length > 0) AddEntry("(" + a.Groups["code"].Value + ")", rest, piece.Number);
            else QueueCodes("(" + a.Groups["code"].Value + ")", piece.Number, whole: true);
            return;
        }
        var tokens = CodeShapes.Tokens(text);
        if (tokens.Length == 0) return;
        var strong = tokens.All(CodeShapes.IsStrongToken) && !text.Contains(", ", StringComparison.Ordinal) && !text.Contains(';', StringComparison.Ordinal);
        if (NameOpen && !strong)
        {
            AddName((text, piece.Number));
            return;
        }
        if (!strong && IsName(text, tokens))
        {
            if (TrySplitRepeated(tokens, out var repeated, out var named))
            {
                FlushBlock();
                QueueCodes(repeated, piece.Number, whole: true);
                AddName((named, piece.Number));
            }
            else if (TrySplitCodeAndName(tokens, out var code, out var name) && (_codes.Count == 0 && _names.Count == 0 || EveryCodeHasItsName()))
            {
                // "AI Amnesty International, London, UK;" / "BHRS Bahrain Human Rights Society, …": one entry a line.
                FlushBlock();
                QueueCodes(code, piece.Number, whole: true);
                AddName((name, piece.Number));
            }
            else AddName((text, piece.Number));
            return;
        }
        // Codes printed while a name is still open belong to later names ("…Citizens for Global" / "JS11 JS12" /
        // "Solutions; …"): they wait, and the name goes on.
        if (_names.Count > 0 && !NameOpen) FlushBlock();
        if (_codes.Count == 0 && _names.Count == 0 && ContinuesLastCode(text)) return;
        QueueCodes(string.Join(' ', tokens), piece.Number, whole: false);
    }

    /// <summary>The names read since the codes are at least as many as the codes' words: no code still waits for its name.</summary>
    private bool EveryCodeHasItsName() =>
        _codes.Count > 0 && _names.Count > 0 && !NameOpen
        && _codes.Count <= NameSegments.Cut(NoteText.Join(_names.Select(n => n.Text))).Count;

    private bool NameOpen => _names.Count > 0 && (!NameSegments.EndsEntry(_names[^1].Text) || _namesDepth > 0);

    private void AddName((string Text, int Line) name)
    {
        _names.Add(name);
        _namesDepth += NameSegments.Depth(name.Text);
    }

    /// <summary>A line of names: it has a comma or semicolon, ends a sentence, opens a joint submission, or is long and not made of known codes.</summary>
    private bool IsName(string text, string[] tokens)
    {
        if (text.Contains(", ", StringComparison.Ordinal) || text.Contains(';', StringComparison.Ordinal) || text.EndsWith('.')) return true;
        if (text.StartsWith("Joint submission", StringComparison.OrdinalIgnoreCase)) return true;
        if (tokens.Length <= 3) return false;
        return CodeShapes.KnownCoverage(tokens, _known) * 2 < tokens.Length;
    }

    private void QueueCodes(string text, int line, bool whole)
    {
        if (whole)
        {
            _codes.Add((new CodeNamePairing.Word(text, true), _kind, line));
            return;
        }
        var first = true;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            _codes.Add((new CodeNamePairing.Word(token, first), _kind, line));
            first = false;
        }
    }

    /// <summary>"Elizka Relief" / name / "Foundation": the rest of a code printed after its name began.</summary>
    private bool ContinuesLastCode(string text)
    {
        if (_entries.Count == 0 || text.Split(' ').Length > 3) return false;
        var last = _entries[^1];
        var longer = last.Code + " " + text;
        var name = last.Text.ToString().TrimStart();
        var bare = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        if (!name.StartsWith(longer, StringComparison.OrdinalIgnoreCase) && !bare.StartsWith(longer, StringComparison.OrdinalIgnoreCase)) return false;
        last.Code = longer;
        return true;
    }

    /// <summary>"ADF International ADF International, Geneva": a code that is the start of its name, on one line.</summary>
    private static bool TrySplitRepeated(string[] tokens, out string code, out string name)
    {
        (code, name) = ("", "");
        for (var k = Math.Min(5, tokens.Length / 2); k >= 1; k--)
        {
            var head = string.Join(' ', tokens, 0, k);
            if (string.Join(' ', tokens, k, k).StartsWith(head, StringComparison.OrdinalIgnoreCase) && char.IsUpper(head[0]))
            {
                (code, name) = (head, string.Join(' ', tokens, k, tokens.Length - k));
                return true;
            }
        }
        return false;
    }

    /// <summary>"AI Amnesty International, London": a code and its name on one line.</summary>
    private bool TrySplitCodeAndName(string[] tokens, out string code, out string name)
    {
        (code, name) = ("", "");
        for (var k = Math.Min(4, tokens.Length - 1); k >= 1; k--)
        {
            var head = string.Join(' ', tokens, 0, k);
            var restFirst = tokens[k];
            if (!char.IsUpper(restFirst[0]) && restFirst[0] != '(') continue;
            var rest = string.Join(' ', tokens, k, tokens.Length - k);
            var codeLike = _known.Contains(head.TrimEnd('*')) || (k == 1 && CodeShapes.IsStrongToken(head.TrimEnd('*')) && (CodeShapes.IsAcronymOf(head, rest) || head.All(c => !char.IsLower(c))));
            if (!codeLike) continue;
            (code, name) = (head, rest);
            return true;
        }
        return false;
    }

    /// <summary>"(CoE-ECRI) European Commission…", "(CoE-GRETA) - Group of Experts…": a code in brackets, then a name.</summary>
    private static bool IsAttachment(Match match)
    {
        var code = match.Groups["code"].Value;
        var rest = match.Groups["rest"].Value;
        var first = code.Split(' ')[0];
        return code.Split(' ').Length <= 6 && !code.Contains(',', StringComparison.Ordinal) && first.Count(char.IsUpper) >= 2
            && (rest.Length == 0 || char.IsUpper(rest[0]) || rest[0] is '-' or '–');
    }

    /// <summary>"AI␣␣␣␣␣Amnesty International…": a code cell, a wide gap, and a name cell.</summary>
    private static bool TrySplitCells(string text, out string code, out string name, out int nameAt)
    {
        (code, name, nameAt) = ("", "", 0);
        var gap = text.IndexOf("   ", StringComparison.Ordinal);
        if (gap <= 0) return false;
        nameAt = gap;
        while (nameAt < text.Length && text[nameAt] == ' ') nameAt++;
        if (nameAt - gap < 3 || nameAt == text.Length) return false;
        code = text[..gap].Trim();
        name = text[nameAt..];
        return code.Length <= 40 && code.Split(' ').Length <= 5 && !code.EndsWith(',');
    }

    private void AddEntry(string code, string text, int line)
    {
        var attachment = code.StartsWith('(') && code.EndsWith(')');
        // "DIHR*": the mark goes with the entry, not the code.
        var starred = new string('*', EntryName.Stars(code, "")) + text;
        code = Clean(code, attachment);
        var parent = attachment ? _entries.LastOrDefault(e => e.AttachedTo is null)?.Code : null;
        _entries.Add(new Entry(code, starred, _kind, line) { AttachedTo = parent });
    }

    private static string Clean(string code, bool attachment)
    {
        if (attachment) code = code[1..^1];
        return code.Replace("*", "", StringComparison.Ordinal).Trim().TrimEnd(',', ':').Trim();
    }

    /// <summary>Pairs the codes waiting with the names read since.</summary>
    private void FlushBlock()
    {
        if (_names.Count == 0) return;
        var run = NoteText.Join(_names.Select(n => n.Text));
        var line = _names[0].Line;
        _names.Clear();
        _namesDepth = 0;
        var segments = NameSegments.Cut(run);

        // Joint submissions name their own number; their codes ("JS1 JS2") are only taken off the queue.
        var joint = new Dictionary<int, int>();
        for (var k = 0; k < _codes.Count; k++)
            if (CodeShapes.IsJointCode(_codes[k].Word.Text.TrimEnd(','), out var n) && joint.TryAdd(n, k)) { }
        var used = new HashSet<int>();
        var plainNames = new List<string>();
        var plainAt = new List<int>();
        var pending = new List<(int Index, string Code, StakeholderKind Kind, string Text)>();
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (segment.IsJoint && segment.Number > 0)
            {
                var code = "JS" + segment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (joint.TryGetValue(segment.Number, out var k))
                {
                    used.Add(k);
                    code = _codes[k].Word.Text.TrimEnd(',');
                }
                pending.Add((s, code, StakeholderKind.JointSubmission, segment.Text));
            }
            else
            {
                plainNames.Add(segment.Text);
                plainAt.Add(s);
            }
        }
        var words = _codes.Where((_, k) => !used.Contains(k)).ToList();
        var pairs = CodeNamePairing.Pair(words.Select(w => w.Word).ToList(), plainNames, _known);
        var consumed = 0;
        for (var p = 0; p < pairs.Count; p++)
        {
            if (pairs[p] is not { } group) continue;
            var code = CodeNamePairing.Join(words.Select(w => w.Word).ToList(), group.First, group.Count);
            var kind = words[group.First].Kind;
            if (segments[plainAt[p]].IsJoint || CodeShapes.IsJointCode(code, out _)) kind = StakeholderKind.JointSubmission;
            pending.Add((plainAt[p], code, kind, plainNames[p]));
            consumed = Math.Max(consumed, group.First + group.Count);
        }
        var left = words.Skip(consumed).ToList();
        _codes.Clear();
        _codes.AddRange(left);
        foreach (var (_, code, kind, text) in pending.OrderBy(p => p.Index))
        {
            var attachment = code.StartsWith('(') && code.EndsWith(')');
            var clean = Clean(code, attachment);
            var parent = attachment ? _entries.LastOrDefault(e => e.AttachedTo is null)?.Code : null;
            var stars = new string('*', EntryName.Stars(code, ""));
            _entries.Add(new Entry(clean, stars + text, kind, line) { AttachedTo = parent });
        }
    }

    private List<ListedStakeholder> Build()
    {
        var list = new List<ListedStakeholder>();
        foreach (var entry in _entries)
        {
            if (entry.Code.Length == 0) continue;
            var text = entry.Text.ToString();
            var stars = EntryName.Stars(entry.Code, text.TrimStart());
            var (aStatus, ecosoc) = _legend.Marks(stars);
            var joint = entry.Kind == StakeholderKind.JointSubmission || CodeShapes.IsJointCode(entry.Code, out _)
                || text.TrimStart().StartsWith("Joint submission", StringComparison.OrdinalIgnoreCase);
            var kind = joint ? StakeholderKind.JointSubmission : aStatus ? StakeholderKind.NationalHumanRightsInstitution : entry.Kind;
            if (entry.AttachedTo is { } parent) kind = list.FirstOrDefault(s => s.Code == parent)?.Kind ?? kind;
            var name = joint ? JointName(entry.Code, text) : EntryName.Of(entry.Code, text);
            if (entry.AttachedTo is not null) name = AttachmentName.Of(text.Replace("*", "", StringComparison.Ordinal), name);
            var members = joint ? EntryName.Members(text) : [];
            list.Add(new ListedStakeholder(entry.Code, name, EntryName.Tidy(text.Replace("*", "", StringComparison.Ordinal)), kind, members, entry.AttachedTo, entry.Line)
            {
                IsAStatus = aStatus,
                HasEcosocStatus = ecosoc,
            });
        }
        return AddJointSuffixes(list);
    }

    private static string JointName(string code, string text)
    {
        var number = CodeShapes.IsJointCode(code, out var n) ? n
            : JointNumber().Match(text) is { Success: true } m
                ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return number > 0 ? "Joint submission " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Joint submission";
    }

    /// <summary>"Advocates for Human Rights, Minneapolis (Joint Submission 1)": the organisation is a member of JS1.</summary>
    private static List<ListedStakeholder> AddJointSuffixes(List<ListedStakeholder> list)
    {
        var result = new List<ListedStakeholder>(list);
        foreach (var s in list)
        {
            var n = EntryName.JointSuffixNumber(s.Text);
            if (n == 0 || s.Kind == StakeholderKind.JointSubmission) continue;
            var code = "JS" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var at = result.FindIndex(j => j.Code == code);
            if (at < 0) result.Add(new ListedStakeholder(code, "Joint submission " + n.ToString(System.Globalization.CultureInfo.InvariantCulture), "", StakeholderKind.JointSubmission, [s.Name], null, s.Line));
            else if (!result[at].Members.Contains(s.Name)) result[at] = result[at] with { Members = [.. result[at].Members, s.Name] };
        }
        return result;
    }
}
