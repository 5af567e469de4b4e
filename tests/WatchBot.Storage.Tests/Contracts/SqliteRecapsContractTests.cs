namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The recaps contract on SQLite.</summary>
public sealed class SqliteRecapsContractTests : RecapsContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => Task.FromResult<IFeatureProvider>(new SqliteFeatureProvider());
}
