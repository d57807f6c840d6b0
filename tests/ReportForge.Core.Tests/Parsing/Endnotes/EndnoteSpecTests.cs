namespace ReportForge.Core.Tests.Parsing.Endnotes;

/// <summary>The endnotes of real summaries of every cycle and layout against their hand-checked files (Specs/).</summary>
public class EndnoteSpecTests
{
    public static TheoryData<string> Documents => new()
    {
        "slovenia-2014", "slovenia-2019", "denmark-2026", "united-states-2025", "official-layout-kazakhstan", "later-cycle-nhri",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_FindsEveryNoteInOrder(string document)
    {
        var spec = EndnoteSpec.Load(document);
        var set = EndnoteDocuments.Read(document);

        Assert.Equal(Enumerable.Range(1, spec.Notes), set.Notes.Keys.Order());
        Assert.All(set.Notes.Values, n => Assert.False(string.IsNullOrWhiteSpace(n.Text), $"note {n.Number} is empty"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_FindsTheNoteThatListsTheStakeholders(string document) =>
        Assert.Equal(EndnoteSpec.Load(document).ListNote, EndnoteDocuments.Read(document).ListNote);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_ListsEveryStakeholderOnce_WithItsNameKindAndMarks(string document)
    {
        var spec = EndnoteSpec.Load(document);
        var read = EndnoteDocuments.Read(document).Stakeholders;

        Assert.Equal(spec.Listed, spec.Stakeholders.Count);
        Assert.Equal(spec.Stakeholders.Select(s => s.Code), read.Select(s => s.Code));
        foreach (var (expected, actual) in spec.Stakeholders.Zip(read))
        {
            var line = $"{document}.endnotes.txt:{expected.Line}";
            Assert.True((expected.Reads ?? expected.Name) == actual.Name, $"{line}: {expected.Code} is named '{actual.Name}'");
            Assert.True(expected.Kind == EndnoteSpec.KindWord(actual.Kind), $"{line}: {expected.Code} is read as {actual.Kind}");
            Assert.True(expected.AStatus == actual.IsAStatus && expected.Ecosoc == actual.HasEcosocStatus, $"{line}: {expected.Code} has the wrong marks");
            Assert.True(expected.AttachedTo == actual.AttachedTo, $"{line}: {expected.Code} is attached to '{actual.AttachedTo}'");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_GivesEachJointSubmissionItsMembers(string document)
    {
        var spec = EndnoteSpec.Load(document);
        var read = EndnoteDocuments.Read(document);

        foreach (var (code, members) in spec.Members)
            Assert.Equal(members, string.Join("; ", read.Stakeholder(code)!.Members));
        Assert.All(read.Stakeholders.Where(s => !spec.Members.ContainsKey(s.Code)), s => Assert.Empty(s.Members));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Sources_NamesTheCodesEachNoteCites(string document)
    {
        var spec = EndnoteSpec.Load(document);
        var read = EndnoteDocuments.Read(document);

        foreach (var (note, codes) in spec.Sources)
            Assert.Equal(codes, string.Join(", ", read.Sources(note)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_NamesAtLeast95PercentOfListedStakeholdersRight(string document)
    {
        var spec = EndnoteSpec.Load(document);
        var right = spec.Stakeholders.Count(s => s.Reads is null);
        Assert.True(right >= 0.95 * spec.Stakeholders.Count - 1, $"{right} of {spec.Stakeholders.Count} named right");
    }
}
