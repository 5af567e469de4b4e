namespace WatchBot.Storage.Tests.Contracts;

/// <summary>A poll across restarts and concurrent closes on Postgres.</summary>
public sealed class PostgresPollRestartContractTests : PollRestartContract<PostgresStorage>;
