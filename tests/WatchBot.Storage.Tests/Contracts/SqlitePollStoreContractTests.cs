namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The poll contract on SQLite.</summary>
public sealed class SqlitePollStoreContractTests : PollStoreContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => Task.FromResult<IFeatureProvider>(new SqliteFeatureProvider());
}
