using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Sqlite.Polls;

/// <summary>Turns a <see cref="MoviePoll"/> into parameters and rows back into a poll.</summary>
internal static class PollRows
{
    public const string Columns =
        "id, platform, space_id, channel_id, session_id, opened_by_id, opened_by_name, opened_at, closes_at, closed_at, winner, next_number, version";

    public static void Bind(SqliteParameterCollection p, MoviePoll poll)
    {
        p.AddWithValue("@id", poll.Id.Value);
        p.AddWithValue("@platform", poll.Channel.Platform);
        p.AddWithValue("@space_id", poll.Channel.SpaceId);
        p.AddWithValue("@channel_id", poll.Channel.ChannelId);
        p.AddWithValue("@session_id", poll.Session.Value);
        p.AddWithValue("@opened_by_id", StoredId(poll, poll.OpenedBy));
        p.AddWithValue("@opened_by_name", poll.OpenedBy.DisplayName);
        p.AddWithValue("@opened_at", poll.OpenedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("@closes_at", poll.ClosesAt.ToUnixTimeMilliseconds());
        p.AddWithValue("@closed_at", poll.ClosedAt is { } closed ? closed.ToUnixTimeMilliseconds() : DBNull.Value);
        p.AddWithValue("@winner", poll.Winner is { } winner ? winner : DBNull.Value);
        p.AddWithValue("@next_number", (long)poll.NextNumber);
    }

    /// <summary>The poll row alone; its nominations and votes are read after, by the store.</summary>
    public static MoviePoll Read(SqliteDataReader row)
    {
        var channel = new ChannelAddress(row.GetString(1), row.GetString(2), row.GetString(3));
        return new MoviePoll
        {
            Id = new PollId(row.GetString(0)),
            Channel = channel,
            Session = new SessionId(row.GetString(4)),
            OpenedBy = new UserRef(channel.Platform, row.GetString(5), row.GetString(6)),
            OpenedAt = DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(7)),
            ClosesAt = DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(8)),
            ClosedAt = row.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(9)),
            Winner = row.IsDBNull(10) ? null : row.GetString(10),
            NextNumber = (int)row.GetInt64(11),
            Version = row.GetInt64(12),
        };
    }

    /// <summary>
    /// People are stored by their id on the poll's platform; someone from another platform is refused
    /// rather than relabelled (as sessions do).
    /// </summary>
    public static string StoredId(MoviePoll poll, UserRef person) => StoredId(poll, person.Key);

    public static string StoredId(MoviePoll poll, UserKey person) =>
        person.Platform == poll.Channel.Platform
            ? person.Id
            : throw new InvalidOperationException($"A poll in a {poll.Channel.Platform} channel cannot store a {person.Platform} person.");
}
