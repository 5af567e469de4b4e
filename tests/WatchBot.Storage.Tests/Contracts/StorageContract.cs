namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// The base of every contract, a port's or a feature's: a fresh, empty database of
/// <typeparamref name="TStorage"/>'s provider per test. A contract is an abstract class of behaviour
/// tests; each provider runs it through a one-line subclass (<c>SqliteXTests : XContract&lt;SqliteStorage&gt;</c>,
/// <c>PostgresXTests : XContract&lt;PostgresStorage&gt;</c>).
/// </summary>
public abstract class StorageContract<TStorage> : IAsyncLifetime
    where TStorage : StorageUnderTest, new()
{
    protected TStorage Storage { get; } = new();

    public Task InitializeAsync() => Storage.InitializeAsync();

    public async Task DisposeAsync() => await Storage.DisposeAsync();
}
