namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The personaldata contract on PostgreSQL.</summary>
public sealed class PostgresPersonalDataContractTests : PersonalDataContract<PostgresStorage>;
