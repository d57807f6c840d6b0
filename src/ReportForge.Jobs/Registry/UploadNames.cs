namespace ReportForge.Jobs.Registry;

/// <summary>What an uploaded file is stored as.</summary>
internal static class UploadNames
{
    /// <summary>The uploaded name without folders or characters a file system might refuse; letters of any script stay.</summary>
    public static string Safe(string fileName, string fallback)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Normalize(System.Text.NormalizationForm.FormC);
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray()).Trim('.');
        return safe.Length == 0 ? fallback : safe;
    }
}
