namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Concurrent starts in one channel on Postgres.</summary>
public sealed class PostgresLiveRaceContractTests : LiveRaceContract<PostgresStorage>;
