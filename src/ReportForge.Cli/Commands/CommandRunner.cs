using ReportForge.Core;

namespace ReportForge.Cli.Commands;

/// <summary>
/// The exit-code contract of every command: 0 success, 2 bad input (one clear line on stderr),
/// 1 a bug (the whole exception on stderr, so it can be reported).
/// </summary>
internal static class CommandRunner
{
    public const int Success = 0;
    public const int Bug = 1;
    public const int BadInput = 2;

    public static int Run(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"reportforge: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("reportforge: cancelled");
            return BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"reportforge: internal error, please report it: {e}");
            return Bug;
        }
    }
}
