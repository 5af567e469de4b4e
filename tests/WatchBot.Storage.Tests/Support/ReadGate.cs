namespace WatchBot.Storage.Tests.Support;

/// <summary>
/// Holds the first read through it until the test lets it go, just before or just after the real read:
/// a process paused between the reads it decides on while another process on the same database
/// commits. Later reads go straight through, so a decision taken again after a conflict is not held.
/// </summary>
internal sealed class ReadGate(bool holdAfterRead)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>Completes when the first read is being held.</summary>
    public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Release() => _released.TrySetResult();

    public async Task<T> ReadAsync<T>(Func<Task<T>> read)
    {
        var hold = Interlocked.Exchange(ref _held, 1) == 0;
        if (hold && !holdAfterRead)
        {
            await HoldAsync();
        }

        var result = await read();
        if (hold && holdAfterRead)
        {
            await HoldAsync();
        }

        return result;
    }

    private Task HoldAsync()
    {
        _reached.TrySetResult();
        return _released.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
