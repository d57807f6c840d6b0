namespace ReportForge.Core.Parsing.Inline;

/// <summary>
/// A paragraph's text with its footnote markers taken out and line breaks joined, remembering
/// where each marker stood. Later repairs ("JS 1" → "JS1") go through <see cref="Apply"/> so the
/// marker offsets stay right.
/// </summary>
internal sealed class CleanText
{
    private CleanText(string text, List<int> offsets)
    {
        Text = text;
        Offsets = offsets;
    }

    public string Text { get; private set; }

    /// <summary>Where each removed marker stood in <see cref="Text"/>, in marker order.</summary>
    public List<int> Offsets { get; }

    /// <summary>Removes <paramref name="markers"/> from <paramref name="raw"/> and collapses runs of blanks.</summary>
    public static CleanText From(string raw, IReadOnlyList<MarkerSpan> markers)
    {
        // The clean text is never longer than the raw one: one buffer, one string.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 1));
        var length = 0;
        var offsets = new List<int>(markers.Count);
        var pendingSpace = false;
        var next = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (next < markers.Count && i == markers[next].Start)
            {
                offsets.Add(length);
                i += markers[next].Length - 1;
                next++;
                // "set up.76PRICentral Asia": the marker was the only thing between two sentences.
                if (length > 0 && i + 1 < raw.Length && IsSentencePunctuation(buffer[length - 1]) && char.IsLetter(raw[i + 1]))
                    pendingSpace = true;
                continue;
            }
            var c = raw[i];
            if (c == ' ')
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) buffer[length++] = ' ';
            pendingSpace = false;
            // The whole word up to the next blank or marker goes across in one copy.
            var limit = next < markers.Count && markers[next].Start > i ? markers[next].Start : raw.Length;
            var run = raw.AsSpan(i, limit - i).IndexOf(' ');
            var end = run < 0 ? limit : i + run;
            raw.AsSpan(i, end - i).CopyTo(buffer.AsSpan(length));
            length += end - i;
            i = end - 1;
        }
        var text = new string(buffer, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return new CleanText(text, offsets);
    }

    /// <summary>One change: remove <c>Remove</c> characters at <c>At</c> and put <c>Insert</c> there.</summary>
    public readonly record struct Edit(int At, int Remove, string Insert);

    /// <summary>Applies non-overlapping edits in one pass, moving marker offsets with the text.</summary>
    public void Apply(List<Edit> edits)
    {
        if (edits.Count == 0) return;
        edits.Sort((a, b) => a.At.CompareTo(b.At));
        edits = WithoutOverlaps(edits);
        // The repaired text is written once, at its exact length.
        var length = Text.Length;
        foreach (var edit in edits) length += edit.Insert.Length - edit.Remove;
        var repaired = string.Create(length, (Text, edits), static (span, state) =>
        {
            var (text, edits) = state;
            var (from, at) = (0, 0);
            foreach (var edit in edits)
            {
                text.AsSpan(from, edit.At - from).CopyTo(span[at..]);
                at += edit.At - from;
                edit.Insert.CopyTo(span[at..]);
                at += edit.Insert.Length;
                from = edit.At + edit.Remove;
            }
            text.AsSpan(from).CopyTo(span[at..]);
        });
        // Offsets and edits are both in text order: walk them together.
        var shift = 0;
        var e = 0;
        for (var m = 0; m < Offsets.Count; m++)
        {
            var offset = Offsets[m];
            for (; e < edits.Count && edits[e].At < offset; e++)
                shift += edits[e].Insert.Length - Math.Min(edits[e].Remove, offset - edits[e].At);
            Offsets[m] = offset + shift;
        }
        Text = repaired;
    }

    private static List<Edit> WithoutOverlaps(List<Edit> sorted)
    {
        var kept = new List<Edit>(sorted.Count);
        foreach (var edit in sorted)
            if (kept.Count == 0 || edit.At >= kept[^1].At + kept[^1].Remove) kept.Add(edit);
        return kept;
    }

    private static bool IsSentencePunctuation(char c) => c is '.' or ';' or ':' or '”' or '"' or ')';
}
