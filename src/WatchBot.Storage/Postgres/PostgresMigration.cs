namespace WatchBot.Storage.Postgres;

/// <summary>One step of the PostgreSQL schema: applied once, in order, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">The version this step leads to. P1–P9 belong to the core stores, P10–P19 to the feature stores.</param>
/// <param name="Name">What the step does, for the log and the <c>schema_version</c> row.</param>
/// <param name="Sql">The statements; they run inside the migration's transaction.</param>
public sealed record PostgresMigration(int Version, string Name, string Sql);
