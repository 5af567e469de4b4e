using System.Collections.Immutable;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>What the privacy contract stores before each test, through the stores alone (no SQL), so both providers hold the same.</summary>
public abstract partial class PersonalDataContract<TStorage>
{
    private async Task<FeatureStores> SeedAsync()
    {
        var stores = await Storage.OpenFeaturesAsync(_time);
        var store = stores.Sessions;
        Reaction[] reactions =
        [
            new(1, "😂", "her private note", TimeSpan.FromMinutes(1), Zelda, Samples.T0.AddMinutes(1)),
            new(2, "🍿", null, TimeSpan.FromMinutes(2), Bob, Samples.T0.AddMinutes(2)),
            new(3, "😱", null, TimeSpan.FromMinutes(3), Zelda, Samples.T0.AddMinutes(3)),
        ];
        var ended = Samples.Session(SessionPhase.Ended, Here, "ended-here") with
        {
            Host = Zelda,
            Participants = [Zelda, Bob],
            ReadyUserIds = [Zelda.Key],
            Reactions = Samples.Summary(reactions),
            Rsvps = [new Rsvp(Zelda, RsvpAnswer.Going, Samples.T0.AddDays(-1)), new Rsvp(Bob, RsvpAnswer.Maybe, Samples.T0.AddDays(-1))],
            BreakRequests = [new BreakRequest(Zelda, Samples.T0.AddMinutes(20), Open: false), new BreakRequest(Bob, Samples.T0.AddMinutes(21))],
        };
        var booked = Samples.Scheduled(Samples.T0.AddDays(3), Here with { ChannelId = "channel-2" }, "booked-here") with
        {
            Host = Bob,
            Participants = [Bob],
            Rsvps = [new Rsvp(Zelda, RsvpAnswer.Going, Samples.T0), new Rsvp(Bob, RsvpAnswer.Going, Samples.T0)],
        };

        // A poll open on the booking (opened by her, her nomination and vote) and one closed on the ended session.
        var open = new MoviePoll
        {
            Id = new PollId("poll-open"), Session = booked.Id, Channel = booked.Channel, OpenedBy = Zelda, OpenedAt = Samples.T0, ClosesAt = Samples.T0.AddDays(1),
            Nominations = [new Nomination(1, "Her pick", Zelda, Samples.T0), new Nomination(2, "Heat", Bob, Samples.T0)],
            Votes = ImmutableDictionary<UserKey, int>.Empty.Add(Zelda.Key, 2).Add(Bob.Key, 1),
            NextNumber = 3,
        };
        var closed = new MoviePoll
        {
            Id = new PollId("poll-closed"), Session = ended.Id, Channel = ended.Channel, OpenedBy = Bob, OpenedAt = Samples.T0, ClosesAt = Samples.T0.AddMinutes(5),
            ClosedAt = Samples.T0.AddMinutes(5), Winner = "Her pick",
            Nominations = [new Nomination(1, "Her pick", Zelda, Samples.T0)],
            Votes = ImmutableDictionary<UserKey, int>.Empty.Add(Zelda.Key, 1).Add(Bob.Key, 1),
            NextNumber = 2,
        };

        // Sent announcements: one naming her (as the outbox writes a person), one naming only Bob, and one of the ended session.
        var sent = new List<OutboxEntry>();
        sent.AddRange(await store.CommitAsync(new SessionCommit(ended, reactions, [Announcement(ended, "SessionEnded", "{\"Recap\":\"x\"}")]) { Changes = [new PollChange(closed)] }, None));
        sent.AddRange(await store.CommitAsync(
            new SessionCommit(booked, [], [Announcement(booked, "RsvpNoted", $$$"""{"User":{"Key":"discord:{{{ZeldaId}}}","Name":"Zelda Qu\u00FCx"}}"""), Announcement(booked, "RsvpNoted", """{"User":{"Key":"discord:u-bob","Name":"Bob"}}""")])
            {
                Changes = [new PollChange(open)],
            },
            None));
        foreach (var entry in sent)
        {
            await store.MarkOutboxSentAsync(entry.Id, Samples.T0.AddMinutes(1), None);
        }

        Reaction[] elsewhereReactions = [new(1, "👏", "note elsewhere", TimeSpan.Zero, Zelda, Samples.T0)];
        var elsewhere = Samples.Session(SessionPhase.Ended, Elsewhere, "ended-elsewhere") with
        {
            Host = Zelda,
            Participants = [Zelda],
            Reactions = Samples.Summary(elsewhereReactions),
        };
        await store.SaveAsync(elsewhere, elsewhereReactions, None);

        // Removed by a moderator, after two reactions (Bob made one): the count shown is 1.
        Reaction[] kickedReactions =
        [
            new(1, "🙄", null, TimeSpan.FromMinutes(1), Zelda, Samples.T0.AddMinutes(1)),
            new(2, "🙄", null, TimeSpan.FromMinutes(2), Zelda, Samples.T0.AddMinutes(2)),
            new(3, "👍", null, TimeSpan.FromMinutes(3), Bob, Samples.T0.AddMinutes(3)),
        ];
        var kicked = Samples.Session(SessionPhase.Ended, Here with { ChannelId = "channel-3" }, "kicked-here") with
        {
            Host = Bob,
            Participants = [Bob],
            Kicked = [Zelda.Key],
            Reactions = Samples.Summary(kickedReactions),
        };
        await store.SaveAsync(kicked, kickedReactions, None);

        // Bans: one on her in force (its reason names her), one she placed, one that ended before the retention cutoff.
        await stores.Bans.PutAsync(new BanRecord("discord", "guild-1", ZeldaId, null, $"{ZeldaName} spoiled the ending", "u-bob", Samples.T0), None);
        await stores.Bans.PutAsync(new BanRecord("discord", "guild-1", "u-bob", null, null, ZeldaId, Samples.T0), None);
        await stores.Bans.PutAsync(new BanRecord("discord", "guild-1", "u-carl", Samples.T0.AddHours(1), null, "u-bob", Samples.T0), None);

        // Audit entries: about her (the reason names her and mentions her id), by her (the reason names her), not about her, and in the other space.
        await stores.Audit.AppendAsync(new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(1), AuditAction.Ban, Bob, Zelda, null, $"{ZeldaName} spoiled the ending (<@{ZeldaId}>)"), None);
        await stores.Audit.AppendAsync(new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(2), AuditAction.Kick, Zelda, Bob, "Movie", $"Bob asked {ZeldaName} to"), None);
        await stores.Audit.AppendAsync(new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(3), AuditAction.SettingsChanged, Bob, Detail: "audit channel: set by Bob"), None);
        await stores.Audit.AppendAsync(new AuditEntry("discord", "guild-2", Samples.T0, AuditAction.Kick, Bob, Zelda), None);

        await stores.ReminderOptOuts.SetAsync("discord", "guild-1", ZeldaId, true, Samples.T0, None);
        await stores.ReminderOptOuts.SetAsync("discord", "guild-2", ZeldaId, true, Samples.T0, None);
        await stores.Moderators.AddAsync("discord", "guild-1", ZeldaId, "u-bob", None);
        return stores;
    }

    private static OutboxEntry Announcement(WatchSession session, string kind, string facts) =>
        new(0, session.Channel, kind, session.Id, facts, Samples.T0);
}
