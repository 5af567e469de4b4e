namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The privacy contract on SQLite (SqlitePersonalDataTests stays beside it: it seeds with SQL what other features add).</summary>
public sealed class SqlitePersonalDataContractTests : PersonalDataContract<SqliteStorage>;
