using System.Diagnostics;
using System.Globalization;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// A fault-injection point for the tests of crash safety: with <c>REPORTFORGE_KILL_AT_RENAME=N</c> in
/// the environment, the process kills itself (SIGKILL, no clean-up) just before its N-th rename of an
/// output file. Unset, it does nothing.
/// </summary>
internal static class RenameFault
{
    public const string Variable = "REPORTFORGE_KILL_AT_RENAME";

    private static readonly int KillAt = int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    private static int _renames;

    public static void BeforeRename()
    {
        if (KillAt > 0 && Interlocked.Increment(ref _renames) == KillAt)
            Process.GetCurrentProcess().Kill();
    }
}
