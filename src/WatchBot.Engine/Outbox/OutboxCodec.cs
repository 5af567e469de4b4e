using System.Text.Json;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Channel notices to outbox entries and back. An entry keeps the notice's kind, its session's id and
/// its own facts; the session value is not copied: rebuilding reads the stored session (its state now,
/// which is what a card shown after a restart should say), and a recap reads the stored reactions.
/// </summary>
internal static class OutboxCodec
{
    /// <summary>The entry for <paramref name="notice"/>, or null for a notice that is not a channel announcement about a session.</summary>
    public static OutboxEntry? Encode(ChannelAddress channel, Notice notice, DateTimeOffset now)
    {
        var (session, facts) = notice switch
        {
            CountdownStarted n => (n.Session, new OutboxFacts { TargetMs = Instant(n.Target), FromMs = Ms(n.FromPosition), IsResume = n.IsResume, ById = n.By?.Id, ByName = n.By?.DisplayName }),
            PlaybackStarted n => (n.Session, new OutboxFacts { PositionMs = Ms(n.Position) }),
            PlaybackPaused n => (n.Session, new OutboxFacts { PositionMs = Ms(n.Position), ById = n.By.Id, ByName = n.By.DisplayName }),
            PlaybackSeeked n => (n.Session, new OutboxFacts { FromMs = Ms(n.From), ToMs = Ms(n.To), RequestedMs = n.Requested is { } r ? Ms(r) : null, ById = n.By.Id, ByName = n.By.DisplayName }),
            ReactionAdded n => (n.Session, new OutboxFacts
            {
                Sequence = n.Reaction.Sequence, Emoji = n.Reaction.Emoji, Note = n.Reaction.Note, PositionMs = Ms(n.Reaction.Position),
                ById = n.Reaction.By.Id, ByName = n.Reaction.By.DisplayName, AtMs = Instant(n.Reaction.At),
            }),
            ReadyMarked n => (n.Session, new OutboxFacts { ById = n.By.Id, ByName = n.By.DisplayName, Count = n.ReadyCount }),
            SessionScheduled n => (n.Session, new OutboxFacts { AtMs = Instant(n.At), ById = n.By.Id, ByName = n.By.DisplayName }),
            LateStart n => (n.Session, new OutboxFacts { LateMs = Ms(n.Late), PositionMs = Ms(n.Position) }),
            SessionMissed n => (n.Session, new OutboxFacts { AtMs = Instant(n.ScheduledFor) }),
            ScheduledStartWaiting n => (n.Session, new OutboxFacts { OtherSessionId = n.Blocking.Id.Value, AtMs = Instant(n.GiveUpAt) }),
            ScheduledStartBlocked n => (n.Session, new OutboxFacts { OtherSessionId = n.Blocking.Id.Value }),
            SessionEnded n => (n.Session, new OutboxFacts
            {
                PositionMs = Ms(n.Recap.FinalPosition), WatchedMs = Ms(n.Recap.WatchedFor), ParticipantCount = n.Recap.ParticipantCount,
                Count = n.Recap.ReactionCount, ById = n.By?.Id, ByName = n.By?.DisplayName,
            }),
            _ => (null, null),
        };

        return session is null || facts is null
            ? null
            : new OutboxEntry(0, channel, notice.GetType().Name, session.Id, JsonSerializer.Serialize(facts, OutboxJsonContext.Default.OutboxFacts), now);
    }

    /// <summary>The notice <paramref name="entry"/> stands for, on the stored session; null when that session (or its kind) is gone.</summary>
    public static async Task<Notice?> DecodeAsync(OutboxEntry entry, ISessionStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(entry.SessionId, cancellationToken) is not { } s)
        {
            return null;
        }

        var f = JsonSerializer.Deserialize(entry.Facts, OutboxJsonContext.Default.OutboxFacts) ?? new OutboxFacts();
        return entry.Kind switch
        {
            nameof(CountdownStarted) => new CountdownStarted(s, Instant(f.TargetMs), Ms(f.FromMs), By(f, s), f.IsResume ?? false),
            nameof(PlaybackStarted) => new PlaybackStarted(s, Ms(f.PositionMs)),
            nameof(PlaybackPaused) => By(f, s) is { } by ? new PlaybackPaused(s, Ms(f.PositionMs), by) : null,
            nameof(PlaybackSeeked) => By(f, s) is { } by ? new PlaybackSeeked(s, Ms(f.FromMs), Ms(f.ToMs), by) { Requested = f.RequestedMs is { } r ? Ms(r) : null } : null,
            nameof(ReactionAdded) => By(f, s) is { } by ? new ReactionAdded(s, new Reaction(f.Sequence ?? 0, f.Emoji ?? string.Empty, f.Note, Ms(f.PositionMs), by, Instant(f.AtMs))) : null,
            nameof(ReadyMarked) => By(f, s) is { } by ? new ReadyMarked(s, by, f.Count ?? 0) : null,
            nameof(SessionScheduled) => By(f, s) is { } by ? new SessionScheduled(s, Instant(f.AtMs), by) : null,
            nameof(LateStart) => new LateStart(s, Ms(f.LateMs), Ms(f.PositionMs)),
            nameof(SessionMissed) => new SessionMissed(s, Instant(f.AtMs)),
            nameof(ScheduledStartWaiting) => await OtherAsync() is { } other ? new ScheduledStartWaiting(s, other, Instant(f.AtMs)) : null,
            nameof(ScheduledStartBlocked) => await OtherAsync() is { } other ? new ScheduledStartBlocked(s, other) : null,
            nameof(SessionEnded) => new SessionEnded(s, await RecapAsync(), By(f, s)),
            _ => null,
        };

        async Task<WatchSession?> OtherAsync() =>
            f.OtherSessionId is { } id ? await store.GetAsync(new SessionId(id), cancellationToken) : null;

        async Task<Recap> RecapAsync()
        {
            var recap = new Recap(Ms(f.PositionMs), Ms(f.WatchedMs), f.ParticipantCount ?? 0, f.Count ?? 0, [], []);
            return recap.WithReactions(await store.ListReactionsAsync(s.Id, cancellationToken));
        }
    }

    // Who acted spoke in the session's channel, so they are on its platform.
    private static UserRef? By(OutboxFacts facts, WatchSession s) =>
        facts.ById is { } id ? new UserRef(s.Channel.Platform, id, facts.ByName ?? id) : null;

    private static long Ms(TimeSpan duration) => duration.Ticks / TimeSpan.TicksPerMillisecond;

    private static TimeSpan Ms(long? ms) => TimeSpan.FromMilliseconds(ms ?? 0);

    private static long Instant(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    private static DateTimeOffset Instant(long? ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms ?? 0);
}
