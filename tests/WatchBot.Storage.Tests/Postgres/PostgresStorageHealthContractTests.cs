using WatchBot.Storage.Tests.Contracts;

namespace WatchBot.Storage.Tests.Postgres;

public sealed class PostgresStorageHealthContractTests : StorageHealthContract<PostgresStorage>;
