namespace WatchBot.Storage.Tests.Contracts;

/// <summary>my-data and forget-me through the privacy service on Sqlite.</summary>
public sealed class SqliteForgetMeContractTests : ForgetMeContract
{
    private protected override Task<IFeatureProvider> CreateProviderAsync() => Task.FromResult<IFeatureProvider>(new SqliteFeatureProvider());
}
