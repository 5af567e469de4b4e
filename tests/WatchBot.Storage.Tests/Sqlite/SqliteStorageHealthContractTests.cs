using WatchBot.Storage.Tests.Contracts;

namespace WatchBot.Storage.Tests.Sqlite;

public sealed class SqliteStorageHealthContractTests : StorageHealthContract<SqliteStorage>;
