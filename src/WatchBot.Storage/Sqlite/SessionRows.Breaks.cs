using System.Text.Json;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Sqlite;

/// <summary>The break columns of a session (schema version 18): the asks for a break and the breaks taken.</summary>
internal static partial class SessionRows
{
    private static void BindBreaks(SqliteParameterCollection p, WatchSession session)
    {
        StoredBreakRequest[] requests = [.. session.BreakRequests.Select(r => new StoredBreakRequest(StoredId(session, r.By.Key), r.By.DisplayName, ToUnixMs(r.At), r.Open))];
        p.AddWithValue("@break_requests", JsonSerializer.Serialize(requests, StorageJsonContext.Default.StoredBreakRequestArray));
        StoredBreak[] breaks = [.. session.BreaksTaken.Select(b => new StoredBreak(ToMs(b.Position), ToUnixMs(b.StartedAt), ToUnixMs(b.EndedAt)))];
        p.AddWithValue("@breaks_taken", JsonSerializer.Serialize(breaks, StorageJsonContext.Default.StoredBreakArray));
    }

    private static WatchSession ReadBreaks(SqliteDataReader row, string platform, WatchSession session)
    {
        var requests = JsonSerializer.Deserialize(Text(row, "break_requests"), StorageJsonContext.Default.StoredBreakRequestArray) ?? [];
        var breaks = JsonSerializer.Deserialize(Text(row, "breaks_taken"), StorageJsonContext.Default.StoredBreakArray) ?? [];
        return session with
        {
            BreakRequests = [.. requests.Select(r => new BreakRequest(new UserRef(platform, r.Id, r.Name), FromUnixMs(r.At), r.Open))],
            BreaksTaken = [.. breaks.Select(b => new BreakTaken(FromMs(b.PositionMs), FromUnixMs(b.StartedAt), b.EndedAt is { } end ? FromUnixMs(end) : null))],
        };
    }
}
