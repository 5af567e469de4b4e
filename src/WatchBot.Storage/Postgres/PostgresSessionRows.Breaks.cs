using System.Text.Json;
using Npgsql;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite;

namespace WatchBot.Storage.Postgres;

/// <summary>The break columns of a session: the asks for a break and the breaks taken.</summary>
internal static partial class PostgresSessionRows
{
    private static void BindBreaks(NpgsqlParameterCollection p, WatchSession session)
    {
        StoredBreakRequest[] requests = [.. session.BreakRequests.Select(r => new StoredBreakRequest(StoredId(session, r.By.Key), r.By.DisplayName, r.At.ToUnixTimeMilliseconds(), r.Open))];
        p.AddJson("break_requests", JsonSerializer.Serialize(requests, StorageJsonContext.Default.StoredBreakRequestArray));
        StoredBreak[] breaks = [.. session.BreaksTaken.Select(b => new StoredBreak(ToMs(b.Position), b.StartedAt.ToUnixTimeMilliseconds(), b.EndedAt?.ToUnixTimeMilliseconds()))];
        p.AddJson("breaks_taken", JsonSerializer.Serialize(breaks, StorageJsonContext.Default.StoredBreakArray));
    }

    private static WatchSession ReadBreaks(NpgsqlDataReader row, string platform, WatchSession session)
    {
        var requests = JsonSerializer.Deserialize(row.Text("break_requests"), StorageJsonContext.Default.StoredBreakRequestArray) ?? [];
        var breaks = JsonSerializer.Deserialize(row.Text("breaks_taken"), StorageJsonContext.Default.StoredBreakArray) ?? [];
        return session with
        {
            BreakRequests = [.. requests.Select(r => new BreakRequest(new UserRef(platform, r.Id, r.Name), DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Open))],
            BreaksTaken =
            [
                .. breaks.Select(b => new BreakTaken(
                    FromMs(b.PositionMs),
                    DateTimeOffset.FromUnixTimeMilliseconds(b.StartedAt),
                    b.EndedAt is { } end ? DateTimeOffset.FromUnixTimeMilliseconds(end) : null)),
            ],
        };
    }
}
