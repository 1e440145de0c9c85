namespace Dataset.Sample.Cli;

/// <summary>What the process's exit code tells a script.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Nothing to show: an unknown id or speaker, a filter or search that matched nothing, or an export that could not be written.</summary>
    public const int NotFound = 1;

    /// <summary>The command line was wrong: an unknown command or option, a bad value, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>A bug in the sample: the exception is printed (sysexits.h's EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
