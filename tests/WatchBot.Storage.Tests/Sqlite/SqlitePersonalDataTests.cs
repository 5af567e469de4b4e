using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Audit;
using WatchBot.Storage.Sqlite.Bans;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// my-data, forget-me and retention on a real SQLite file, checked by reading every row of it. The one
/// row allowed to keep her id after forget-me is a ban in force on her: a ban must not be escapable.
/// </summary>
public sealed class SqlitePersonalDataTests : IDisposable
{
    private const string ZeldaId = "u-zelda-4711";
    private const string ZeldaName = "Zelda Quüx";
    private static readonly ChannelAddress Here = new("discord", "guild-1", "channel-1");
    private static readonly ChannelAddress Elsewhere = new("discord", "guild-2", "channel-9");
    private static readonly UserRef Zelda = new("discord", ZeldaId, ZeldaName);
    private static readonly UserRef Bob = new("discord", "u-bob", "Bob");
    private static readonly UserKey ForgottenKey = new("discord", PersonalData.ForgottenId);

    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Samples.T0.AddDays(1));

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Describe_CountsEverythingStoredAboutThePersonInTheSpace()
    {
        var data = await SeedAsync();

        var described = await data.DescribeAsync("discord", "guild-1", ZeldaId, CancellationToken.None);

        Assert.Equal(
            new PersonalData(
                SessionsHosted: 1, SessionsJoined: 1, Reactions: 4, Notes: 1, Rsvps: 2, Ready: 1, SeriesHosted: 0, RemindersOff: true, Moderator: true, ModeratorsAdded: 0, Announcements: 1,
                KickedFrom: 1, AuditEntries: 2, BansPlaced: 1, Recaps: 0, Nominations: 2, Votes: 2),
            described);
    }

    [Fact]
    public async Task Forget_LeavesNoRowAboutThePerson_KeepsCounts_AndTheOtherSpace()
    {
        var data = await SeedAsync();
        var store = _db.OpenStore();

        var result = await data.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, CancellationToken.None);

        Assert.Null(result.LiveChannelId);
        Assert.Equal(4, result.Forgotten.Reactions);
        Assert.Equal(2, result.Forgotten.AuditEntries);
        var hits = await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName);
        Assert.All(hits, hit => Assert.True(IsElsewhere(hit) || IsHerBanInForce(hit), $"{hit.Table}.{hit.Column} still names her"));
        Assert.Contains(hits, hit => hit.Table == "reactions");
        Assert.Contains(hits, hit => hit.Table == "reminder_opt_outs");
        Assert.Contains(hits, hit => hit.Table == "audit_log");

        // The ban on her stays in force, by id only (the name in its reason is gone); the one she placed forgets her.
        Assert.Single(hits, IsHerBanInForce);
        var bans = new SqliteBans(_db.OpenStore().Database, _time);
        var ban = await bans.FindAsync("discord", "guild-1", ZeldaId, CancellationToken.None);
        Assert.Equal(new BanRecord("discord", "guild-1", ZeldaId, null, "someone spoiled the ending", "u-bob", Samples.T0), ban);
        Assert.Equal(PersonalData.ForgottenId, (await bans.FindAsync("discord", "guild-1", "u-bob", CancellationToken.None))!.ById);

        // Audit entries keep what happened, with "someone" in her place, and the other space's untouched.
        var audit = await new SqliteAuditLog(_db.OpenStore().Database).LatestAsync("discord", "guild-1", 10, CancellationToken.None);
        var someone = new UserRef("discord", PersonalData.ForgottenId, PersonalData.Someone);
        Assert.Equal(
            [
                new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(3), AuditAction.SettingsChanged, Bob, Detail: "audit channel: set by Bob"),
                new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(2), AuditAction.Kick, someone, Bob, "Movie", "Bob asked someone to"),
                new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(1), AuditAction.Ban, Bob, someone, null, "someone spoiled the ending (<@~forgotten>)"),
            ],
            audit);

        // Removed from a session she stays removed, as "someone": the count shown still leaves her reactions out.
        var kicked = (await store.GetAsync(new SessionId("kicked-here"), CancellationToken.None))!;
        Assert.Equal([ForgottenKey], kicked.Kicked);
        Assert.Equal(3, kicked.Reactions.Count);
        Assert.Equal(1, kicked.Reactions.VisibleCount(kicked.Kicked));
        Assert.Equal(2, kicked.Version);

        var ended = (await store.GetAsync(new SessionId("ended-here"), CancellationToken.None))!;
        Assert.Equal(PersonalData.Someone, ended.Host.DisplayName);
        Assert.Equal(3, ended.Reactions.Count);
        Assert.Equal([Bob], ended.Participants);
        Assert.Equal([Bob], ended.BreakRequests.Select(r => r.By));
        Assert.Single(await store.ListReactionsAsync(ended.Id, CancellationToken.None));
        var booked = (await store.GetAsync(new SessionId("booked-here"), CancellationToken.None))!;
        Assert.Equal([Bob.Key], booked.Rsvps.Select(r => r.User.Key));
        Assert.Equal(2, booked.Version);
        Assert.Equal(PersonalData.None, await data.DescribeAsync("discord", "guild-1", ZeldaId, CancellationToken.None));
        Assert.Equal(1, (await data.DescribeAsync("discord", "guild-2", ZeldaId, CancellationToken.None)).SessionsHosted);
        // Her nominations stay as "someone"'s; her vote leaves the open poll and stays counted, anonymous, in the closed one.
        Assert.Equal(2, await _db.ScalarAsync($"SELECT COUNT(*) FROM poll_nominations WHERE by_id = '{PersonalData.ForgottenId}' AND by_name = '{PersonalData.Someone}';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM poll_votes WHERE poll_id = 'poll-open';"));
        Assert.Equal(2, await _db.ScalarAsync("SELECT COUNT(*) FROM poll_votes WHERE poll_id = 'poll-closed' AND number = 1;"));
        Assert.Equal(2, await _db.ScalarAsync("SELECT version FROM polls WHERE id = 'poll-open';"));
    }

    [Fact]
    public async Task Forget_DeletesABanOnHerThatHasEnded()
    {
        var data = await SeedAsync();
        var bans = new SqliteBans(_db.OpenStore().Database, _time);
        await bans.PutAsync(new BanRecord("discord", "guild-1", ZeldaId, Samples.T0.AddHours(1), "a day off", "u-bob", Samples.T0), CancellationToken.None);

        await data.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, CancellationToken.None);

        Assert.Equal(0, await _db.ScalarAsync($"SELECT COUNT(*) FROM bans WHERE user_id = '{ZeldaId}';"));
        Assert.DoesNotContain(await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName), hit => !IsElsewhere(hit));
    }

    [Fact]
    public async Task Forget_WhileRemovedFromALiveSession_ChangesNothing_SoNoOneEscapesAKick()
    {
        var data = await SeedAsync();
        var store = _db.OpenStore();
        var live = Samples.Session(SessionPhase.Playing, Here with { ChannelId = "channel-live" }, "live-here") with { Participants = [Bob], Host = Bob, Kicked = [Zelda.Key] };
        await store.SaveAsync(live, CancellationToken.None);

        var result = await data.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, CancellationToken.None);

        Assert.Equal("channel-live", result.LiveChannelId);
        Assert.Equal([Zelda.Key], (await store.GetAsync(live.Id, CancellationToken.None))!.Kicked);
    }

    [Fact]
    public async Task Forget_WhileInALiveSession_ChangesNothing()
    {
        var data = await SeedAsync();
        var store = _db.OpenStore();
        var live = Samples.Session(SessionPhase.Playing, Here with { ChannelId = "channel-live" }, "live-here") with { Participants = [Bob, Zelda], Host = Bob };
        await store.SaveAsync(live, CancellationToken.None);
        var before = await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName);

        var result = await data.ForgetAsync("discord", "guild-1", ZeldaId, ZeldaName, CancellationToken.None);

        Assert.Equal("channel-live", result.LiveChannelId);
        Assert.Equal(before.Count, (await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName)).Count);
    }

    [Fact]
    public async Task ForgetEndedSessions_ClearsPeopleOfOldEndedSessionsOnly_KeepingCounts()
    {
        var data = await SeedAsync();
        var store = _db.OpenStore();

        // "ended-here" and "ended-elsewhere" ended at T0 + 90 min; the booking has not ended.
        var cleared = await data.ForgetEndedSessionsAsync(Samples.T0.AddHours(2), CancellationToken.None);

        Assert.Equal(3, cleared);
        var ended = (await store.GetAsync(new SessionId("ended-here"), CancellationToken.None))!;
        Assert.Equal(3, ended.Reactions.Count);
        Assert.Empty(ended.Participants);
        Assert.Empty(ended.Rsvps);
        Assert.Empty(ended.BreakRequests);
        Assert.Empty(await store.ListReactionsAsync(ended.Id, CancellationToken.None));
        Assert.Equal(PersonalData.Someone, ended.Host.DisplayName);
        Assert.Empty(ended.Reactions.CountBy);
        Assert.Empty(ended.Kicked);

        // Kicked people become one "someone" whose reactions the count shown still leaves out.
        var kicked = (await store.GetAsync(new SessionId("kicked-here"), CancellationToken.None))!;
        Assert.Equal([ForgottenKey], kicked.Kicked);
        Assert.Equal(new Dictionary<UserKey, int> { [ForgottenKey] = 2 }, kicked.Reactions.CountBy);
        Assert.Equal(1, kicked.Reactions.VisibleCount(kicked.Kicked));

        // A ban that ended before the cutoff goes; the ones in force stay.
        Assert.Equal($"u-bob,{ZeldaId}", await _db.TextAsync("SELECT group_concat(user_id, ',') FROM (SELECT user_id FROM bans ORDER BY user_id);"));

        // What is left naming her is what retention does not own: a live booking, her settings, the audit log (kept by age), the ban in force.
        var hits = await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName);
        Assert.DoesNotContain(hits, hit => hit.Table is "sessions" or "reactions" or "outbox" && !Equals(hit.Row.GetValueOrDefault(hit.Table == "sessions" ? "id" : "session_id"), "booked-here"));
        Assert.Contains(hits, hit => hit.Table == "sessions");
        Assert.DoesNotContain(hits, hit => hit.Table is "polls" or "poll_nominations" or "poll_votes" && !Equals(hit.Row.GetValueOrDefault(hit.Table == "polls" ? "id" : "poll_id"), "poll-open"));
        Assert.Contains(hits, hit => hit.Table == "poll_votes");
        Assert.Equal(2, await _db.ScalarAsync("SELECT COUNT(*) FROM poll_votes WHERE poll_id = 'poll-closed';"));
        Assert.Equal(0, await data.ForgetEndedSessionsAsync(Samples.T0.AddHours(2), CancellationToken.None));
    }

    [Fact]
    public async Task ForgetEndedSessions_BeforeTheCutoff_KeepsEverything()
    {
        var data = await SeedAsync();
        var before = await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName);

        Assert.Equal(0, await data.ForgetEndedSessionsAsync(Samples.T0.AddHours(1), CancellationToken.None));
        Assert.Equal(before.Count, (await DatabaseScan.FindAsync(_db.FilePath, ZeldaId, ZeldaName)).Count);
    }

    private static bool IsHerBanInForce(DatabaseScan.Hit hit) =>
        hit is { Table: "bans", Column: "user_id" } && Equals(hit.Row["space_id"], "guild-1") && hit.Row["until"] is null;

    private static bool IsElsewhere(DatabaseScan.Hit hit) =>
        Equals(hit.Row.GetValueOrDefault("space_id"), "guild-2")
        || (hit.Table == "reactions" && Equals(hit.Row["session_id"], "ended-elsewhere"));

    private async Task<SqlitePersonalData> SeedAsync()
    {
        var store = _db.OpenStore();
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
        await store.SaveAsync(ended, reactions, CancellationToken.None);
        var booked = Samples.Scheduled(Samples.T0.AddDays(3), Here with { ChannelId = "channel-2" }, "booked-here") with
        {
            Host = Bob,
            Participants = [Bob],
            Rsvps = [new Rsvp(Zelda, RsvpAnswer.Going, Samples.T0), new Rsvp(Bob, RsvpAnswer.Going, Samples.T0)],
        };
        await store.SaveAsync(booked, CancellationToken.None);
        Reaction[] elsewhereReactions = [new(1, "👏", "note elsewhere", TimeSpan.Zero, Zelda, Samples.T0)];
        var elsewhere = Samples.Session(SessionPhase.Ended, Elsewhere, "ended-elsewhere") with
        {
            Host = Zelda,
            Participants = [Zelda],
            Reactions = Samples.Summary(elsewhereReactions),
        };
        await store.SaveAsync(elsewhere, elsewhereReactions, CancellationToken.None);

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
        await store.SaveAsync(kicked, kickedReactions, CancellationToken.None);

        // Bans: one on her in force (its reason names her), one she placed, one that ended before the retention cutoff.
        var bans = new SqliteBans(store.Database, _time);
        await bans.PutAsync(new BanRecord("discord", "guild-1", ZeldaId, null, $"{ZeldaName} spoiled the ending", "u-bob", Samples.T0), CancellationToken.None);
        await bans.PutAsync(new BanRecord("discord", "guild-1", "u-bob", null, null, ZeldaId, Samples.T0), CancellationToken.None);
        await bans.PutAsync(new BanRecord("discord", "guild-1", "u-carl", Samples.T0.AddHours(1), null, "u-bob", Samples.T0), CancellationToken.None);

        // Audit entries: about her (the reason names her and mentions her id), by her (the reason names her), not about her, and in the other space.
        var audit = new SqliteAuditLog(store.Database);
        await audit.AppendAsync(new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(1), AuditAction.Ban, Bob, Zelda, null, $"{ZeldaName} spoiled the ending (<@{ZeldaId}>)"), CancellationToken.None);
        await audit.AppendAsync(new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(2), AuditAction.Kick, Zelda, Bob, "Movie", $"Bob asked {ZeldaName} to"), CancellationToken.None);
        await audit.AppendAsync(new AuditEntry("discord", "guild-1", Samples.T0.AddMinutes(3), AuditAction.SettingsChanged, Bob, Detail: "audit channel: set by Bob"), CancellationToken.None);
        await audit.AppendAsync(new AuditEntry("discord", "guild-2", Samples.T0, AuditAction.Kick, Bob, Zelda), CancellationToken.None);

        var optOuts = new SqliteReminderOptOuts(store.Database);
        await optOuts.SetAsync("discord", "guild-1", ZeldaId, true, Samples.T0, CancellationToken.None);
        await optOuts.SetAsync("discord", "guild-2", ZeldaId, true, Samples.T0, CancellationToken.None);
        await new SqliteSpaceModerators(store.Database).AddAsync("discord", "guild-1", ZeldaId, "u-bob", CancellationToken.None);

        // A sent announcement naming her (as the outbox writes a person), one naming only Bob, and one of the ended session.
        await _db.ExecuteAsync($$$"""
            INSERT INTO outbox (platform, space_id, channel_id, kind, session_id, facts, created_at, sent_at) VALUES
                ('discord', 'guild-1', 'channel-2', 'RsvpNoted', 'booked-here', '{"User":{"Key":"discord:{{{ZeldaId}}}","Name":"Zelda Qu\u00FCx"}}', 1, 2),
                ('discord', 'guild-1', 'channel-2', 'RsvpNoted', 'booked-here', '{"User":{"Key":"discord:u-bob","Name":"Bob"}}', 3, 4),
                ('discord', 'guild-1', 'channel-1', 'SessionEnded', 'ended-here', '{"Recap":"x"}', 5, 6);
            """);

        // A poll open on the booking (opened by her, her nomination and vote) and one closed on the ended session.
        await _db.ExecuteAsync($$$"""
            INSERT INTO polls (id, platform, space_id, channel_id, session_id, opened_by_id, opened_by_name, opened_at, closes_at, closed_at, winner, next_number, version) VALUES
                ('poll-open', 'discord', 'guild-1', 'channel-2', 'booked-here', '{{{ZeldaId}}}', '{{{ZeldaName}}}', 1, 2, NULL, NULL, 3, 1),
                ('poll-closed', 'discord', 'guild-1', 'channel-1', 'ended-here', 'u-bob', 'Bob', 1, 2, 2, 'Her pick', 2, 1);
            INSERT INTO poll_nominations (poll_id, number, title, by_id, by_name, nominated_at) VALUES
                ('poll-open', 1, 'Her pick', '{{{ZeldaId}}}', '{{{ZeldaName}}}', 1),
                ('poll-open', 2, 'Heat', 'u-bob', 'Bob', 1),
                ('poll-closed', 1, 'Her pick', '{{{ZeldaId}}}', '{{{ZeldaName}}}', 1);
            INSERT INTO poll_votes (poll_id, voter_id, number) VALUES
                ('poll-open', '{{{ZeldaId}}}', 2), ('poll-open', 'u-bob', 1),
                ('poll-closed', '{{{ZeldaId}}}', 1), ('poll-closed', 'u-bob', 1);
            """);
        return new SqlitePersonalData(store.Database, _time);
    }
}
