namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The series contract on PostgreSQL.</summary>
public sealed class PostgresSeriesStoreContractTests : SeriesStoreContract<PostgresStorage>;
