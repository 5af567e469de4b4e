namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Concurrent poll openings on Sqlite.</summary>
public sealed class SqlitePollRaceContractTests : PollRaceContract<SqliteStorage>;
