namespace WatchBot.Storage.Tests.Contracts;

/// <summary>poll open carry:yes on Sqlite.</summary>
public sealed class SqlitePollCarryOverContractTests : PollCarryOverContract<SqliteStorage>;
