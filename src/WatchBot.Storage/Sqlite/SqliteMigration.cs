namespace WatchBot.Storage.Sqlite;

/// <summary>One step of the schema: applied once, in order, and recorded in <c>PRAGMA user_version</c>.</summary>
/// <param name="Version">The schema version this step leads to: 1, 2, 3… without gaps.</param>
/// <param name="Name">What the step does, for the log.</param>
/// <param name="Sql">The statements; they run inside the migration's transaction.</param>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
