namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The poll contract on SQLite.</summary>
public sealed class SqlitePollStoreContractTests : PollStoreContract<SqliteStorage>;
