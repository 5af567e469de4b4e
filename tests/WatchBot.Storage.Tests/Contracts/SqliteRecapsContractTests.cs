namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The recaps contract on SQLite.</summary>
public sealed class SqliteRecapsContractTests : RecapsContract<SqliteStorage>;
