namespace WatchBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, consolidated: SQLite's migrations replay the history of old files, PostgreSQL
/// starts at today's shape. Conventions: instants are <c>timestamptz</c> (UTC), durations and media
/// positions are <c>bigint</c> milliseconds (<c>_ms</c>), enums are <c>text</c> by member name, lists and
/// maps are <c>jsonb</c>, local dates are <c>date</c>. P1–P9 belong to the core stores, P10–P19 to the
/// feature stores (polls, series, recaps, privacy).
/// </summary>
public static class PostgresSchema
{
    /// <summary>The phases that occupy a channel (<c>SessionPhaseExtensions.IsLive</c>); the index below repeats them.</summary>
    public const string LivePhases = "'CountingDown', 'Playing', 'Paused'";

    /// <summary>The index that refuses a second live session in a channel.</summary>
    public const string LiveIndex = "ux_sessions_live_channel";

    /// <summary>The index that refuses booking one occurrence of a series twice.</summary>
    public const string OccurrenceIndex = "ux_sessions_occurrence";

    /// <summary>Append only once released; until then P1 is today's shape.</summary>
    public static IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new(1, "sessions, reactions, the outbox and the core tables", PostgresCoreSchema.Sql),
        Series.PostgresSeriesSchema.Migration,
        Polls.PostgresPollsSchema.Migration,
        Recaps.PostgresRecapsSchema.Migration,
        Fleet.PostgresFleetSchema.Migration,
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
