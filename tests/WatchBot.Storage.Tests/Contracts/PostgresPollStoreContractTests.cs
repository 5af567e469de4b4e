namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The poll contract on PostgreSQL.</summary>
public sealed class PostgresPollStoreContractTests : PollStoreContract<PostgresStorage>;
