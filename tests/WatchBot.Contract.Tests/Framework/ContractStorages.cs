namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// The storage of every platform a test runs on one provider: each platform gets its own, all disposed
/// with this. On PostgreSQL that is a database per platform run, not per test class, because a run
/// must start empty: the tests read every unfinished session and the channel's last recap, and a
/// clustered Quartz node takes over the triggers a stopped host left in its database, so a later host
/// on the same tables would fire an earlier run's timers. Creating and dropping one costs about 0.2 to
/// 0.8 s on a loaded machine, against 4 to 7 s for a platform's run.
/// </summary>
public sealed class ContractStorages(string provider) : IAsyncDisposable
{
    private readonly List<ContractStorage> _made = [];

    /// <summary>The providers every storage-driven contract test runs on, as theory data.</summary>
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    /// <summary>A new storage on the provider, for one platform.</summary>
    public ContractStorage Next()
    {
        var storage = ContractStorage.For(provider);
        _made.Add(storage);
        return storage;
    }

    /// <summary>Every storage made here was used by its host (see <see cref="ContractStorage.AssertKeptAsync"/>).</summary>
    public async Task AssertKeptAsync()
    {
        Assert.NotEmpty(_made);
        foreach (var storage in _made)
        {
            await storage.AssertKeptAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var storage in _made)
        {
            await storage.DisposeAsync();
        }

        _made.Clear();
    }
}
