namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Series occurrences across restarts on Postgres.</summary>
public sealed class PostgresSeriesRestartContractTests : SeriesRestartContract<PostgresStorage>;
