using Npgsql;
using NpgsqlTypes;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite.Polls;

namespace WatchBot.Storage.Postgres.Polls;

/// <summary>Turns a <see cref="MoviePoll"/> into parameters and a poll row back into a poll (PostgreSQL types).</summary>
internal static class PostgresPollRows
{
    public const string Columns =
        "id, platform, space_id, channel_id, session_id, opened_by_id, opened_by_name, opened_at, closes_at, closed_at, winner, next_number, version";

    public static void Bind(NpgsqlParameterCollection p, MoviePoll poll)
    {
        p.AddWithValue("id", poll.Id.Value);
        p.AddWithValue("platform", poll.Channel.Platform);
        p.AddWithValue("space_id", poll.Channel.SpaceId);
        p.AddWithValue("channel_id", poll.Channel.ChannelId);
        p.AddWithValue("session_id", poll.Session.Value);
        p.AddWithValue("opened_by_id", PollRows.StoredId(poll, poll.OpenedBy));
        p.AddWithValue("opened_by_name", poll.OpenedBy.DisplayName);
        p.AddWithValue("opened_at", NpgsqlDbType.TimestampTz, poll.OpenedAt.ToUniversalTime());
        p.AddWithValue("closes_at", NpgsqlDbType.TimestampTz, poll.ClosesAt.ToUniversalTime());
        p.AddWithValue("closed_at", NpgsqlDbType.TimestampTz, poll.ClosedAt is { } closed ? closed.ToUniversalTime() : DBNull.Value);
        p.AddWithValue("winner", NpgsqlDbType.Text, poll.Winner is { } winner ? winner : DBNull.Value);
        p.AddWithValue("next_number", poll.NextNumber);
    }

    /// <summary>The poll row alone; its nominations and votes are read after, by the store.</summary>
    public static MoviePoll Read(NpgsqlDataReader row)
    {
        var channel = new ChannelAddress(row.Text("platform"), row.Text("space_id"), row.Text("channel_id"));
        return new MoviePoll
        {
            Id = new PollId(row.Text("id")),
            Channel = channel,
            Session = new SessionId(row.Text("session_id")),
            OpenedBy = new UserRef(channel.Platform, row.Text("opened_by_id"), row.Text("opened_by_name")),
            OpenedAt = row.Value<DateTimeOffset>("opened_at"),
            ClosesAt = row.Value<DateTimeOffset>("closes_at"),
            ClosedAt = row.ValueOrNull<DateTimeOffset>("closed_at"),
            Winner = row.TextOrNull("winner"),
            NextNumber = row.Value<int>("next_number"),
            Version = row.Value<long>("version"),
        };
    }
}
