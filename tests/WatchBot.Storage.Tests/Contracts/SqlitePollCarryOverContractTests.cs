namespace WatchBot.Storage.Tests.Contracts;

/// <summary>poll open carry:yes on Sqlite.</summary>
public sealed class SqlitePollCarryOverContractTests : PollCarryOverContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => Task.FromResult<IFeatureProvider>(new SqliteFeatureProvider());
}
