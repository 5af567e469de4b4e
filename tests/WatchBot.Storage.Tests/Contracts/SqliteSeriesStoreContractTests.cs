namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The series contract on SQLite.</summary>
public sealed class SqliteSeriesStoreContractTests : SeriesStoreContract<SqliteStorage>;
