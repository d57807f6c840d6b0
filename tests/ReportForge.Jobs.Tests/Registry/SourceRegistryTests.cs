using ReportForge.Core;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Jobs.Tests.Registry;

public sealed class SourceRegistryTests : IDisposable
{
    private readonly TestWorkspace _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Register_RecordsTheSourceAndWhatItHolds()
    {
        var entry = _test.Workspace.Sources.Register("Kazakhstan 2010.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text()));

        Assert.Equal("kazakhstan-2010", entry.Id);
        Assert.Equal("Kazakhstan", entry.Country);
        Assert.Equal(["II.B.1", "II.B.2", "II.B.3"], entry.Themes.Select(t => t.Id));
        Assert.Equal(["JS1", "AI", "HRW"], entry.Stakeholders.Select(s => s.Id));
        Assert.Equal(["children"], entry.Groups.Select(g => g.Id));
        Assert.Equal(FakeSummaries.Text(), File.ReadAllText(_test.Workspace.Sources.TextPath("kazakhstan-2010")));
        Assert.Equal(["kazakhstan-2010"], _test.Workspace.Sources.All().Select(s => s.Id));
    }

    [Fact]
    public void Register_RefusesATextThatDoesNotParse_AndKeepsNothing()
    {
        var error = Assert.Throws<InputException>(() =>
            _test.Workspace.Sources.Register("notes.txt", System.Text.Encoding.UTF8.GetBytes("shopping list")));

        Assert.Equal("notes.txt:1:1: this is not a summary of stakeholders' information", error.Message);
        Assert.Empty(_test.Workspace.Sources.All());
        Assert.Empty(_test.Files());
    }

    [Fact]
    public void Register_RefusesAnIdThatIsNotASlug()
    {
        var error = Assert.Throws<InputException>(() =>
            _test.Workspace.Sources.Register("x.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text()), "../escape"));

        Assert.Contains("is not a source id", error.Message);
        Assert.Empty(_test.Workspace.Sources.All());
    }

    [Fact]
    public void Register_ReplacesTheTextOfTheSameId()
    {
        _test.Workspace.Sources.Register("a.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text("first")), "kaz");

        var second = _test.Workspace.Sources.Register("b.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text("second")), "kaz");

        Assert.Single(_test.Workspace.Sources.All());
        Assert.Equal("b.txt", second.FileName);
        Assert.Equal(["b.txt"], Directory.EnumerateFiles(_test.Workspace.Layout.SourceFolder("kaz")).Select(Path.GetFileName));
    }

    [Fact]
    public void Register_KeepsCyrillicNamesApart()
    {
        var text = System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text());

        var kazakhstan = _test.Workspace.Sources.Register("Казахстан.txt", text);
        var belarus = _test.Workspace.Sources.Register("Беларусь.txt", text);

        Assert.Equal("kazakhstan", kazakhstan.Id);
        Assert.Equal("belarus", belarus.Id);
        Assert.Equal(["belarus", "kazakhstan"], _test.Workspace.Sources.All().Select(s => s.Id));
        Assert.Equal("Казахстан.txt", kazakhstan.FileName);
    }

    [Fact]
    public void Register_RefusesAnotherFileWhoseNameGivesATakenId_AndKeepsTheFirst()
    {
        var text = System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text());
        _test.Workspace.Sources.Register("Kazakhstan 2010.txt", text);

        var error = Assert.Throws<InputException>(() => _test.Workspace.Sources.Register("kazakhstan_2010.txt", text));

        Assert.Equal("kazakhstan_2010.txt: its source id 'kazakhstan-2010' is already registered for 'Kazakhstan-2010.txt'; give another id or rename the file", error.Message);
        Assert.Equal("Kazakhstan-2010.txt", _test.Workspace.Sources.Get("kazakhstan-2010").FileName);
        Assert.Equal("kazakhstan-2010", _test.Workspace.Sources.Register("kazakhstan_2010.txt", text, "kazakhstan-2010").Id);
    }
}
