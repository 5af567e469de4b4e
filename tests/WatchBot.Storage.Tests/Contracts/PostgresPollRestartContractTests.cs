namespace WatchBot.Storage.Tests.Contracts;

/// <summary>A poll across restarts and concurrent closes on Postgres.</summary>
public sealed class PostgresPollRestartContractTests : PollRestartContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => PostgresFeatureProvider.CreateAsync();
}
