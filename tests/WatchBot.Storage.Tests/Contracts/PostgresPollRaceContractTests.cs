namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Concurrent poll openings on Postgres.</summary>
public sealed class PostgresPollRaceContractTests : PollRaceContract<PostgresStorage>;
