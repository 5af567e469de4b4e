namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Concurrent series bookings on Sqlite.</summary>
public sealed class SqliteSeriesRaceContractTests : SeriesRaceContract<SqliteStorage>;
