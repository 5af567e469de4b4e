namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The recaps contract on PostgreSQL.</summary>
public sealed class PostgresRecapsContractTests : RecapsContract<PostgresStorage>;
