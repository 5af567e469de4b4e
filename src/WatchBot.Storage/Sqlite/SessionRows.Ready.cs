using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;

namespace WatchBot.Storage.Sqlite;

/// <summary>The ready-check columns of a session (schema version 19, <see cref="SqliteReadyCheckSchema"/>).</summary>
internal static partial class SessionRows
{
    private static void BindReadyCheck(SqliteParameterCollection p, WatchSession session)
    {
        var check = session.ReadyCheck;
        p.AddWithValue("@ready_count", OrNull(check?.Count is { } count ? (long)count : null));
        p.AddWithValue("@ready_wait_ms", OrNull(check is null ? null : ToMs(check.Wait)));
        p.AddWithValue("@ready_countdown_ms", OrNull(check is null ? null : ToMs(check.Countdown)));
        p.AddWithValue("@ready_opened_at", OrNull(ToUnixMs(check?.OpenedAt)));
        p.AddWithValue("@ready_deadline", OrNull(ToUnixMs(check?.Deadline)));
    }

    private static WatchSession ReadReadyCheck(SqliteDataReader row, WatchSession session)
    {
        if (NullableInteger(row, "ready_wait_ms") is not { } waitMs)
        {
            return session;
        }

        var count = NullableInteger(row, "ready_count") is { } c ? checked((int)c) : (int?)null;
        var check = new ReadyCheck(count, FromMs(waitMs), FromMs(NullableInteger(row, "ready_countdown_ms") ?? 0))
        {
            OpenedAt = NullableInstant(row, "ready_opened_at"),
            Deadline = NullableInstant(row, "ready_deadline"),
        };
        return session with { ReadyCheck = check };
    }
}
