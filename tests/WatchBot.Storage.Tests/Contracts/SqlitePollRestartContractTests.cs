namespace WatchBot.Storage.Tests.Contracts;

/// <summary>A poll across restarts and concurrent closes on Sqlite.</summary>
public sealed class SqlitePollRestartContractTests : PollRestartContract<SqliteStorage>;
