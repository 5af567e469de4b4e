namespace WatchBot.Storage.Tests.Contracts;

/// <summary>poll open carry:yes on Postgres.</summary>
public sealed class PostgresPollCarryOverContractTests : PollCarryOverContract<PostgresStorage>;
