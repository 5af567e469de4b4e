namespace WatchBot.Storage.Tests.Contracts;

/// <summary>my-data and forget-me through the privacy service on Sqlite.</summary>
public sealed class SqliteForgetMeContractTests : ForgetMeContract<SqliteStorage>;
