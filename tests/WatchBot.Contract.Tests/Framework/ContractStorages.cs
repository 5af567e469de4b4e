namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// The storage of every platform a test runs on one provider: each platform gets its own (on PostgreSQL
/// a database of its own, so no run sees another's sessions or Quartz jobs), all disposed with this.
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
