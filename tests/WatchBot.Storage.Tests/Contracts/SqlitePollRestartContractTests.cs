namespace WatchBot.Storage.Tests.Contracts;

/// <summary>A poll across restarts and concurrent closes on Sqlite.</summary>
public sealed class SqlitePollRestartContractTests : PollRestartContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => Task.FromResult<IFeatureProvider>(new SqliteFeatureProvider());
}
