using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// my-data, forget-me and retention on every provider, checked by reading every row of the whole
/// database. The one row allowed to keep her id after forget-me is a ban in force on her: a ban must
/// not be escapable.
/// </summary>
public abstract partial class PersonalDataContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private const string ZeldaId = "u-zelda-4711";
    private const string ZeldaName = "Zelda Quüx";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ChannelAddress Here = new("discord", "guild-1", "channel-1");
    private static readonly ChannelAddress Elsewhere = new("discord", "guild-2", "channel-9");
    private static readonly UserRef Zelda = new("discord", ZeldaId, ZeldaName);
    private static readonly UserRef Bob = new("discord", "u-bob", "Bob");
    private static readonly UserKey ForgottenKey = new("discord", PersonalData.ForgottenId);

    private readonly FakeTimeProvider _time = new(Samples.T0.AddDays(1));
    [Fact]
    public async Task Describe_CountsEverythingStoredAboutThePersonInTheSpace()
    {
        var data = (await SeedAsync()).PersonalData;

        var described = await data.DescribeAsync("discord", "guild-1", ZeldaId, None);

        Assert.Equal(
            new PersonalData(
                SessionsHosted: 1, SessionsJoined: 1, Reactions: 4, Notes: 1, Rsvps: 2, Ready: 1, SeriesHosted: 0, RemindersOff: true, Moderator: true, ModeratorsAdded: 0, Announcements: 1,
                KickedFrom: 1, AuditEntries: 2, BansPlaced: 1, Recaps: 0, Nominations: 2, Votes: 2),
            described);
        Assert.Equal(PersonalData.None with { SessionsHosted = 1, SessionsJoined = 1, Reactions = 1, Notes = 1, RemindersOff = true, AuditEntries = 1 }, await data.DescribeAsync("discord", "guild-2", ZeldaId, None));
    }

    [Fact]
    public async Task Forget_LeavesNoRowAboutThePerson_KeepsCounts_AndTheOtherSpace()
    {
        var stores = await SeedAsync();

        var result = await stores.PersonalData.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, None);

        Assert.Null(result.LiveChannelId);
        Assert.Equal(4, result.Forgotten.Reactions);
        Assert.Equal(2, result.Forgotten.AuditEntries);
        var hits = await Storage.ScanAsync(ZeldaId, ZeldaName);
        Assert.All(hits, hit => Assert.True(IsElsewhere(hit) || IsHerBanInForce(hit), $"{hit.Table}.{hit.Column} still names her"));
        Assert.Contains(hits, hit => hit.Table == "reactions");
        Assert.Contains(hits, hit => hit.Table == "reminder_opt_outs");
        Assert.Contains(hits, hit => hit.Table == "audit_log");

        // The ban on her stays in force, by id only (the name in its reason is gone); the one she placed forgets her.
        Assert.Single(hits, IsHerBanInForce);
        Assert.Equal(new BanRecord("discord", "guild-1", ZeldaId, null, "someone spoiled the ending", "u-bob", Samples.T0), await stores.Bans.FindAsync("discord", "guild-1", ZeldaId, None));
        Assert.Equal(PersonalData.ForgottenId, (await stores.Bans.FindAsync("discord", "guild-1", "u-bob", None))!.ById);

        // Audit entries keep what happened, with "someone" in her place, and the other space's untouched.
        var someone = new UserRef("discord", PersonalData.ForgottenId, PersonalData.Someone);
        Assert.Equal(
            [
                new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(3), AuditAction.SettingsChanged, Bob, Detail: "audit channel: set by Bob"),
                new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(2), AuditAction.Kick, someone, Bob, "Movie", "Bob asked someone to"),
                new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(1), AuditAction.Ban, Bob, someone, null, "someone spoiled the ending (<@~forgotten>)"),
            ],
            await stores.Audit.LatestAsync("discord", "guild-1", 10, None));

        // Removed from a session she stays removed, as "someone": the count shown still leaves her reactions out.
        var store = (await Storage.OpenFeaturesAsync(_time)).Sessions;
        var kicked = (await store.GetAsync(new SessionId("kicked-here"), None))!;
        Assert.Equal([ForgottenKey], kicked.Kicked);
        Assert.Equal(3, kicked.Reactions.Count);
        Assert.Equal(1, kicked.Reactions.VisibleCount(kicked.Kicked));
        Assert.Equal(2, kicked.Version);

        var ended = (await store.GetAsync(new SessionId("ended-here"), None))!;
        Assert.Equal(PersonalData.Someone, ended.Host.DisplayName);
        Assert.Equal(3, ended.Reactions.Count);
        Assert.Equal([Bob], ended.Participants);
        Assert.Empty(ended.ReadyUserIds);
        Assert.Equal([Bob], ended.BreakRequests.Select(r => r.By));
        Assert.Equal([Bob.Key], ended.Reactions.LastAt.Keys);
        Assert.Single(await store.ListReactionsAsync(ended.Id, None));
        var booked = (await store.GetAsync(new SessionId("booked-here"), None))!;
        Assert.Equal([Bob.Key], booked.Rsvps.Select(r => r.User.Key));
        Assert.Equal(2, booked.Version);
        Assert.Equal(PersonalData.None, await stores.PersonalData.DescribeAsync("discord", "guild-1", ZeldaId, None));
        Assert.Equal(1, (await stores.PersonalData.DescribeAsync("discord", "guild-2", ZeldaId, None)).SessionsHosted);

        // Her nominations stay as "someone"'s; her vote leaves the open poll and stays counted, anonymous, in the closed one.
        var openPoll = (await stores.Polls.GetAsync(new Core.Features.Polls.PollId("poll-open"), None))!;
        Assert.Equal((2L, PersonalData.Someone), (openPoll.Version, openPoll.OpenedBy.DisplayName));
        Assert.Equal([Bob.Key], openPoll.Votes.Keys);
        Assert.Equal([someone, Bob], openPoll.Nominations.Select(n => n.By));
        var closedPoll = (await stores.Polls.GetAsync(new Core.Features.Polls.PollId("poll-closed"), None))!;
        Assert.Equal([1, 1], closedPoll.Votes.Values);
        Assert.DoesNotContain(Zelda.Key, closedPoll.Votes.Keys);
        Assert.Equal(2, await Storage.ScalarAsync($"SELECT COUNT(*) FROM poll_nominations WHERE by_id = '{PersonalData.ForgottenId}' AND by_name = '{PersonalData.Someone}';"));
    }

    [Fact]
    public async Task Forget_MovesWhatItChangedToTheNextVersion_SoAWriterHoldingItAsItWasIsRefused()
    {
        var stores = await SeedAsync();
        var booked = (await stores.Sessions.GetAsync(new SessionId("booked-here"), None))!;
        var poll = (await stores.Polls.GetAsync(new Core.Features.Polls.PollId("poll-open"), None))!;

        await stores.PersonalData.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, None);

        // A coordinator that loaded the booking and its poll before would write her back: both are refused, and nothing of it is kept.
        var stale = new SessionCommit(booked with { Title = "Late" }, [], []) { Changes = [new Core.Features.Polls.PollChange(poll with { Winner = "Her pick", ClosedAt = Samples.T0.AddHours(1) })] };
        await Assert.ThrowsAsync<SessionVersionConflictException>(() => stores.Sessions.CommitAsync(stale, None));
        var current = (await stores.Sessions.GetAsync(booked.Id, None))!;
        var stalePoll = new SessionCommit(current with { Title = "Late" }, [], []) { Changes = [new Core.Features.Polls.PollChange(poll with { Winner = "Her pick" })] };
        await Assert.ThrowsAsync<AggregateVersionConflictException>(() => stores.Sessions.CommitAsync(stalePoll, None));
        Assert.Equal("The Matrix", (await stores.Sessions.GetAsync(booked.Id, None))!.Title);
        Assert.Null((await stores.Polls.GetAsync(poll.Id, None))!.Winner);
        Assert.DoesNotContain(await Storage.ScanAsync(ZeldaId, ZeldaName), hit => !IsElsewhere(hit) && !IsHerBanInForce(hit));
    }

    [Fact]
    public async Task Forget_DeletesABanOnHerThatHasEnded()
    {
        var stores = await SeedAsync();
        await stores.Bans.PutAsync(new BanRecord("discord", "guild-1", ZeldaId, Samples.T0.AddHours(1), "a day off", "u-bob", Samples.T0), None);

        await stores.PersonalData.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, None);

        Assert.Equal(0, await Storage.ScalarAsync($"SELECT COUNT(*) FROM bans WHERE user_id = '{ZeldaId}';"));
        Assert.DoesNotContain(await Storage.ScanAsync(ZeldaId, ZeldaName), hit => !IsElsewhere(hit));
    }

    [Fact]
    public async Task Forget_WhileRemovedFromALiveSession_ChangesNothing_SoNoOneEscapesAKick()
    {
        var stores = await SeedAsync();
        var live = Samples.Session(SessionPhase.Playing, Here with { ChannelId = "channel-live" }, "live-here") with { Participants = [Bob], Host = Bob, Kicked = [Zelda.Key] };
        await stores.Sessions.SaveAsync(live, None);

        var result = await stores.PersonalData.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, None);

        Assert.Equal("channel-live", result.LiveChannelId);
        Assert.Equal([Zelda.Key], (await stores.Sessions.GetAsync(live.Id, None))!.Kicked);
    }

    [Fact]
    public async Task Forget_WhileInALiveSession_ChangesNothing()
    {
        var stores = await SeedAsync();
        var live = Samples.Session(SessionPhase.Playing, Here with { ChannelId = "channel-live" }, "live-here") with { Participants = [Bob, Zelda], Host = Bob };
        await stores.Sessions.SaveAsync(live, None);
        var before = await Storage.ScanAsync(ZeldaId, ZeldaName);

        var result = await stores.PersonalData.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, None);

        Assert.Equal("channel-live", result.LiveChannelId);
        Assert.Equal(PersonalData.None, result.Forgotten);
        Assert.Equal(before.Count, (await Storage.ScanAsync(ZeldaId, ZeldaName)).Count);
    }

    [Fact]
    public async Task ForgetEndedSessions_ClearsPeopleOfOldEndedSessionsOnly_KeepingCounts()
    {
        var stores = await SeedAsync();
        var store = stores.Sessions;

        // "ended-here", "kicked-here" and "ended-elsewhere" ended at T0 + 90 min; the booking has not ended.
        var cleared = await stores.PersonalData.ForgetEndedSessionsAsync(Samples.T0.AddHours(2), None);

        Assert.Equal(3, cleared);
        var ended = (await store.GetAsync(new SessionId("ended-here"), None))!;
        Assert.Equal(3, ended.Reactions.Count);
        Assert.Empty(ended.Participants);
        Assert.Empty(ended.Rsvps);
        Assert.Empty(ended.BreakRequests);
        Assert.Empty(await store.ListReactionsAsync(ended.Id, None));
        Assert.Equal(PersonalData.Someone, ended.Host.DisplayName);
        Assert.Empty(ended.Reactions.CountBy);
        Assert.Empty(ended.Kicked);

        // Kicked people become one "someone" whose reactions the count shown still leaves out.
        var kicked = (await store.GetAsync(new SessionId("kicked-here"), None))!;
        Assert.Equal([ForgottenKey], kicked.Kicked);
        Assert.Equal(new Dictionary<UserKey, int> { [ForgottenKey] = 2 }, kicked.Reactions.CountBy);
        Assert.Equal(1, kicked.Reactions.VisibleCount(kicked.Kicked));

        // A ban that ended before the cutoff goes; the ones in force stay.
        Assert.Null(await stores.Bans.FindAsync("discord", "guild-1", "u-carl", None));
        Assert.Equal(2, await Storage.ScalarAsync("SELECT COUNT(*) FROM bans;"));

        // What is left naming her is what retention does not own: a live booking, her settings, the audit log (kept by age), the ban in force.
        var hits = await Storage.ScanAsync(ZeldaId, ZeldaName);
        Assert.DoesNotContain(hits, hit => hit.Table is "sessions" or "reactions" or "outbox" && !Equals(hit.Row.GetValueOrDefault(hit.Table == "sessions" ? "id" : "session_id"), "booked-here"));
        Assert.Contains(hits, hit => hit.Table == "sessions");
        Assert.DoesNotContain(hits, hit => hit.Table is "polls" or "poll_nominations" or "poll_votes" && !Equals(hit.Row.GetValueOrDefault(hit.Table == "polls" ? "id" : "poll_id"), "poll-open"));
        Assert.Contains(hits, hit => hit.Table == "poll_votes");
        Assert.Equal(2, await Storage.ScalarAsync("SELECT COUNT(*) FROM poll_votes WHERE poll_id = 'poll-closed';"));
        Assert.Equal(0, await stores.PersonalData.ForgetEndedSessionsAsync(Samples.T0.AddHours(2), None));
    }

    [Fact]
    public async Task ForgetEndedSessions_BeforeTheCutoff_KeepsEverything()
    {
        var stores = await SeedAsync();
        var before = await Storage.ScanAsync(ZeldaId, ZeldaName);

        Assert.Equal(0, await stores.PersonalData.ForgetEndedSessionsAsync(Samples.T0.AddHours(1), None));
        Assert.Equal(before.Count, (await Storage.ScanAsync(ZeldaId, ZeldaName)).Count);
    }

    private static bool IsHerBanInForce(DatabaseScan.Hit hit) =>
        hit is { Table: "bans", Column: "user_id" } && Equals(hit.Row["space_id"], "guild-1") && hit.Row["until"] is null;

    private static bool IsElsewhere(DatabaseScan.Hit hit) =>
        Equals(hit.Row.GetValueOrDefault("space_id"), "guild-2")
        || (hit.Table == "reactions" && Equals(hit.Row["session_id"], "ended-elsewhere"));
}
