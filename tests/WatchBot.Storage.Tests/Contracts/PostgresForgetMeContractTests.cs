namespace WatchBot.Storage.Tests.Contracts;

/// <summary>my-data and forget-me through the privacy service on Postgres.</summary>
public sealed class PostgresForgetMeContractTests : ForgetMeContract<PostgresStorage>;
