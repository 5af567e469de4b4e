namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Concurrent series bookings on Postgres.</summary>
public sealed class PostgresSeriesRaceContractTests : SeriesRaceContract<PostgresStorage>;
