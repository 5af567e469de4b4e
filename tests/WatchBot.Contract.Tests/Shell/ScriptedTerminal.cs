using System.Threading.Channels;
using WatchBot.Shell;

namespace WatchBot.Contract.Tests.Shell;

/// <summary>
/// The shell's terminal, played by the test: lines are typed one at a time, and the shell asking for
/// the next line is the signal that it has finished with the previous one (its answer printed).
/// </summary>
internal sealed class ScriptedTerminal(Action<string> written) : IShellTerminal
{
    private readonly Channel<string> _typed = Channel.CreateUnbounded<string>();
    private readonly Lock _gate = new();
    private TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsInteractive => false;

    /// <summary>Completes when the shell next asks for a line.</summary>
    public Task Asked
    {
        get
        {
            lock (_gate)
            {
                return _asked.Task;
            }
        }
    }

    /// <summary>Types <paramref name="line"/> and waits until the shell has handled it.</summary>
    public async Task TypeAsync(string line)
    {
        await Asked.WaitAsync(WatchBot.Emulators.EmulatorAssembly.Patience, TimeProvider.System);
        Task next;
        lock (_gate)
        {
            _asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            next = _asked.Task;
        }

        _typed.Writer.TryWrite(line);
        await next.WaitAsync(WatchBot.Emulators.EmulatorAssembly.Patience, TimeProvider.System);
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _asked.TrySetResult();
        }

        try
        {
            return await _typed.Reader.ReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void WriteLine(string line) => written(line);

    public void Prompt(string prompt)
    {
        // Not interactive: the shell never prompts.
    }
}
