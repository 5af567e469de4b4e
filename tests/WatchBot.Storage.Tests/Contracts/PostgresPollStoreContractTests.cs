namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The poll contract on PostgreSQL.</summary>
public sealed class PostgresPollStoreContractTests : PollStoreContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => PostgresFeatureProvider.CreateAsync();
}
