using Npgsql;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using static WatchBot.Storage.Postgres.PostgresCommands;

namespace WatchBot.Storage.Postgres;

/// <summary>The ready-check columns of a session: null wait means no check, null count with a wait means everyone going.</summary>
internal static partial class PostgresSessionRows
{
    private static void BindReadyCheck(NpgsqlParameterCollection p, WatchSession session)
    {
        var check = session.ReadyCheck;
        p.AddWithValue("ready_count", OrNull(check?.Count));
        p.AddWithValue("ready_wait_ms", OrNull(check is null ? null : ToMs(check.Wait)));
        p.AddWithValue("ready_countdown_ms", OrNull(check is null ? null : ToMs(check.Countdown)));
        p.AddWithValue("ready_opened_at", Instant(check?.OpenedAt));
        p.AddWithValue("ready_deadline", Instant(check?.Deadline));
    }

    private static WatchSession ReadReadyCheck(NpgsqlDataReader row, WatchSession session)
    {
        if (row.NullableInteger("ready_wait_ms") is not { } waitMs)
        {
            return session;
        }

        var count = row.NullableInteger("ready_count") is { } c ? checked((int)c) : (int?)null;
        var check = new ReadyCheck(count, FromMs(waitMs), FromMs(row.NullableInteger("ready_countdown_ms") ?? 0))
        {
            OpenedAt = row.NullableTimestamp("ready_opened_at"),
            Deadline = row.NullableTimestamp("ready_deadline"),
        };
        return session with { ReadyCheck = check };
    }
}
