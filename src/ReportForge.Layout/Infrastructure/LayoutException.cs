namespace ReportForge.Layout.Infrastructure;

/// <summary>Thrown when content can never be laid out, e.g. an unbreakable element taller than a page.</summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LayoutException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LayoutException(string message, Exception inner) : base(message, inner)
    {
    }
}
