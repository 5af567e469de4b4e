using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Breaks;

/// <summary>
/// Break requests and breaks taken live in the session row (migration 18): the process is rebuilt over
/// the same SQLite file between every step, and each step sees what the one before left.
/// </summary>
public sealed class BreakRestartTests : IDisposable
{
    private static readonly UserRef Alice = Samples.Alice;
    private static readonly UserRef Bob = Samples.Bob;
    private static readonly UserRef Dave = new("discord", "u-dave", "Dave");
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Requests_Approval_TheBreak_AndTheCooldown_SurviveRestarts()
    {
        var session = Samples.Session(SessionPhase.Playing, id: "break0000001");
        using (var first = new BreakProcess(_db.FilePath, Samples.T0))
        {
            await first.Store.SaveAsync(session, CancellationToken.None);
            await first.Say(Bob, "/watch break");
            await first.Say(Dave, "/watch break");
        }

        using (var second = new BreakProcess(_db.FilePath, Samples.T0 + Minute))
        {
            var stored = await LoadAsync(second);
            Assert.Equal([Bob, Dave], BreakBook.Open(stored).Select(r => r.By));

            var again = await second.Say(Bob, "/watch break");
            Assert.IsType<BreakAlreadyAsked>(again.Reply);

            var approved = await second.Say(Alice, "/watch break approve");
            var started = Assert.IsType<BreakStarted>(Assert.Single(approved.Announced));
            Assert.Equal([Bob, Dave], started.AskedBy);
        }

        using (var third = new BreakProcess(_db.FilePath, Samples.T0 + (2 * Minute)))
        {
            var paused = await LoadAsync(third);
            Assert.Equal(SessionPhase.Paused, paused.Phase);
            Assert.Equal([new BreakTaken(Minute, Samples.T0 + Minute)], paused.BreaksTaken);
            Assert.Empty(BreakBook.Open(paused));

            await third.Say(Alice, "/watch resume in:5s");
            var tooSoon = Assert.IsType<BreakAskTooSoon>((await third.Say(Bob, "/watch break")).Reply);
            Assert.Equal(Samples.T0 + (5 * Minute), tooSoon.NextAt);
        }

        using (var fourth = new BreakProcess(_db.FilePath, Samples.T0 + (3 * Minute)))
        {
            var resumed = await LoadAsync(fourth);
            Assert.Equal(Samples.T0 + (2 * Minute) + TimeSpan.FromSeconds(5), Assert.Single(resumed.BreaksTaken).EndedAt);
            Assert.IsType<BreakAskTooSoon>((await fourth.Say(Dave, "/watch break")).Reply);
        }
    }

    [Fact]
    public async Task TheCardLine_IsOneCard_EditedAsPeopleAsk()
    {
        using var process = new BreakProcess(_db.FilePath, Samples.T0);
        await process.Store.SaveAsync(Samples.Session(SessionPhase.Playing, id: "break0000002"), CancellationToken.None);

        await process.Say(Bob, "/watch break");
        await process.Say(Dave, "/watch break");

        var cards = process.Platform.Shown.Select(s => s.View.Card).OfType<Card>().ToList();
        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.Equal("session:break0000002", c.Key));
        Assert.Empty(process.Platform.Shown.SelectMany(s => s.View.Announcements));
        Assert.Equal("☕ 2 people asked for a break: Bob, Dave", Plain(cards[^1].Lines[^1]));
    }

    [Fact]
    public async Task BreakAuto_IsStored_AndPausesWhenEnoughAsk()
    {
        using (var first = new BreakProcess(_db.FilePath, Samples.T0))
        {
            var saved = await first.Spaces.SaveAsync("discord", "guild-1", SpaceSettings.None with { AutoBreak = new AutoBreak(2) }, CancellationToken.None);
            Assert.Equal(1, saved.Version);
            await first.Store.SaveAsync(Samples.Session(SessionPhase.Playing, id: "break0000003"), CancellationToken.None);
            await first.Say(Bob, "/watch break");
        }

        using var second = new BreakProcess(_db.FilePath, Samples.T0 + TimeSpan.FromSeconds(30));
        Assert.Equal(new AutoBreak(2), (await second.Spaces.GetAsync("discord", "guild-1", CancellationToken.None)).AutoBreak);
        var outcome = await second.Say(Dave, "/watch break");

        var started = Assert.IsType<BreakStarted>(Assert.Single(outcome.Announced));
        Assert.Null(started.ApprovedBy);
        Assert.Equal(SessionPhase.Paused, (await LoadAsync(second)).Phase);
    }

    [Fact]
    public async Task BreakAutoThird_RoundTrips_AndOffIsNull()
    {
        var spaces = new WatchBot.Storage.Sqlite.SqliteSpaceSettingsStore(_db.OpenStore().Database);
        var saved = await spaces.SaveAsync("discord", "guild-9", SpaceSettings.None with { AutoBreak = AutoBreak.Third }, CancellationToken.None);
        Assert.Equal(AutoBreak.Third, (await spaces.GetAsync("discord", "guild-9", CancellationToken.None)).AutoBreak);
        Assert.Equal("third", await _db.TextAsync("SELECT break_auto FROM space_settings WHERE space_id = 'guild-9';"));

        await spaces.SaveAsync("discord", "guild-9", saved with { AutoBreak = null }, CancellationToken.None);
        Assert.Null((await spaces.GetAsync("discord", "guild-9", CancellationToken.None)).AutoBreak);
    }

    private static async Task<WatchSession> LoadAsync(BreakProcess process) =>
        (await process.Store.FindLiveAsync(Samples.Channel, CancellationToken.None))!;

    private static string Plain(ViewLine line) => string.Concat(line.Parts.Select(p => p switch
    {
        TextPart t => t.Value,
        PersonPart person => person.User.DisplayName,
        _ => "?",
    }));
}
