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
        p.AddWithValue("opened_at", NpgsqlDbType.TimestampTz, FeatureRows.Instant(poll.OpenedAt));
        p.AddWithValue("closes_at", NpgsqlDbType.TimestampTz, FeatureRows.Instant(poll.ClosesAt));
        p.AddWithValue("closed_at", NpgsqlDbType.TimestampTz, FeatureRows.Instant(poll.ClosedAt));
        p.AddWithValue("winner", NpgsqlDbType.Text, poll.Winner is { } winner ? winner : DBNull.Value);
        p.AddWithValue("next_number", poll.NextNumber);
    }

    /// <summary>The poll row alone; its nominations and votes are read after, by the store.</summary>
    public static MoviePoll Read(NpgsqlDataReader row)
    {
        var channel = new ChannelAddress(FeatureRows.Text(row, "platform"), FeatureRows.Text(row, "space_id"), FeatureRows.Text(row, "channel_id"));
        return new MoviePoll
        {
            Id = new PollId(FeatureRows.Text(row, "id")),
            Channel = channel,
            Session = new SessionId(FeatureRows.Text(row, "session_id")),
            OpenedBy = new UserRef(channel.Platform, FeatureRows.Text(row, "opened_by_id"), FeatureRows.Text(row, "opened_by_name")),
            OpenedAt = FeatureRows.Value<DateTimeOffset>(row, "opened_at"),
            ClosesAt = FeatureRows.Value<DateTimeOffset>(row, "closes_at"),
            ClosedAt = FeatureRows.ValueOrNull<DateTimeOffset>(row, "closed_at"),
            Winner = FeatureRows.TextOrNull(row, "winner"),
            NextNumber = FeatureRows.Value<int>(row, "next_number"),
            Version = FeatureRows.Value<long>(row, "version"),
        };
    }
}
