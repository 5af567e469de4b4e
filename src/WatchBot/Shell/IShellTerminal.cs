namespace WatchBot.Shell;

/// <summary>The terminal the shell channel talks through: the console in production, a script in tests.</summary>
public interface IShellTerminal
{
    /// <summary>True when a person types (stdin is a terminal); false for piped scripts.</summary>
    bool IsInteractive { get; }

    /// <summary>The next line, or null at end of input.</summary>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);

    void WriteLine(string line);

    /// <summary>Shows a prompt without ending the line (interactive use only).</summary>
    void Prompt(string prompt);
}
