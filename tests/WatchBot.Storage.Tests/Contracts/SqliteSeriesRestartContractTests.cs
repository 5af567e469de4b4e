namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Series occurrences across restarts on Sqlite.</summary>
public sealed class SqliteSeriesRestartContractTests : SeriesRestartContract<SqliteStorage>;
