namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Concurrent starts in one channel on Sqlite.</summary>
public sealed class SqliteLiveRaceContractTests : LiveRaceContract<SqliteStorage>;
