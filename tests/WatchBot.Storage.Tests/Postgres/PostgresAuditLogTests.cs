using WatchBot.Storage.Tests.Contracts;

namespace WatchBot.Storage.Tests.Postgres;

public sealed class PostgresAuditLogTests : AuditLogContract<PostgresStorage>;
