using System.Text;

namespace WatchBot.Shell;

/// <summary>The process's own stdin and stdout. Logs go to stderr, so stdout carries only the channel.</summary>
internal sealed class ConsoleTerminal : IShellTerminal
{
    private readonly Lock _writeGate = new();
    private readonly TextWriter _out;

    public ConsoleTerminal()
    {
        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        _out = Console.Out;
    }

    public bool IsInteractive => !Console.IsInputRedirected;

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        // A console read cannot be interrupted: on shutdown, stop waiting for it rather than hang.
        var read = Console.In.ReadLineAsync(cancellationToken).AsTask();
        var stopped = Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
        var first = await Task.WhenAny(read, stopped);
        return first == read ? await read : null;
    }

    public void WriteLine(string line)
    {
        lock (_writeGate)
        {
            _out.WriteLine(line);
            _out.Flush();
        }
    }

    public void Prompt(string prompt)
    {
        lock (_writeGate)
        {
            _out.Write(prompt);
            _out.Flush();
        }
    }
}
