using WatchBot.Core.Views;
using WatchBot.Shell;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// A terminal cannot edit a printed line: when a card changes and nothing is announced, the shell prints
/// its headline and, indented, the lines new since it last saw the card (the break line, a poll's row).
/// </summary>
public sealed class ShellCardLinesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 20, 0, 0, TimeSpan.Zero);
    private static readonly WatchBot.Core.Kernel.ChannelAddress Channel = new("shell", "local", "main");

    private readonly Lines _terminal = new();
    private readonly ShellPublisher _publisher;

    public ShellCardLinesTests()
    {
        var time = new FixedTime(Now, TimeZoneInfo.Utc);
        _publisher = new ShellPublisher(new ShellOutput(_terminal, time), new ShellMarkup(time));
    }

    [Fact]
    public async Task FirstSight_PrintsTheHeadlineAlone_ThenOnlyTheLinesThatChanged()
    {
        await ShowAsync(Card("▶ Heat is playing.", "Host alice · 0 ready"));
        await ShowAsync(Card("▶ Heat is playing.", "Host alice · 0 ready", "☕ 1 person asked for a break: bob"));
        await ShowAsync(Card("▶ Heat is playing.", "Host alice · 0 ready", "☕ 2 people asked for a break: bob, carol"));

        Assert.Equal(
            [
                "[20:00:00] ▶ Heat is playing.",
                "[20:00:00] ▶ Heat is playing.",
                "[20:00:00]   ☕ 1 person asked for a break: bob",
                "[20:00:00] ▶ Heat is playing.",
                "[20:00:00]   ☕ 2 people asked for a break: bob, carol",
            ],
            _terminal.Written);
    }

    [Fact]
    public async Task ACardAnnouncedWith_IsSeenSilently_SoALineThatComesBackIsPrintedAgain()
    {
        await ShowAsync(Card("▶ Heat is playing.", "Host alice"));
        await ShowAsync(Card("▶ Heat is playing.", "Host alice", "☕ 1 person asked for a break: bob"));
        await _publisher.PublishAsync(Channel, new ChannelView { Announcements = [new Announcement(ViewLine.Of(new TextPart("☕ Break at 0:01:00.")))], Card = Card("⏸ Heat is paused.", "Host alice") }, CancellationToken.None);
        await ShowAsync(Card("▶ Heat is playing.", "Host alice", "☕ 1 person asked for a break: bob"));

        Assert.Equal(
            [
                "[20:00:00] ▶ Heat is playing.",
                "[20:00:00] ▶ Heat is playing.",
                "[20:00:00]   ☕ 1 person asked for a break: bob",
                "[20:00:00] ☕ Break at 0:01:00.",
                "[20:00:00] ▶ Heat is playing.",
                "[20:00:00]   ☕ 1 person asked for a break: bob",
            ],
            _terminal.Written);
    }

    [Fact]
    public async Task TwoCards_AreRememberedApart()
    {
        await ShowAsync(Card("🗳 Poll.", "1. Heat — 0 votes") with { Key = "poll:1" });
        await ShowAsync(Card("▶ Heat is playing.", "1. Heat — 0 votes"));
        await ShowAsync(Card("🗳 Poll.", "1. Heat — 1 vote") with { Key = "poll:1" });

        Assert.Equal(["[20:00:00] 🗳 Poll.", "[20:00:00] ▶ Heat is playing.", "[20:00:00] 🗳 Poll.", "[20:00:00]   1. Heat — 1 vote"], _terminal.Written);
    }

    private Task ShowAsync(Card card) => _publisher.PublishAsync(Channel, new ChannelView { Card = card }, CancellationToken.None);

    private static Card Card(params string[] lines) => new("session:abc", [.. lines.Select(l => ViewLine.Of(new TextPart(l)))], []);

    private sealed class Lines : IShellTerminal
    {
        public List<string> Written { get; } = [];

        public bool IsInteractive => false;

        public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public void WriteLine(string line) => Written.Add(line);

        public void Prompt(string prompt)
        {
        }
    }

    private sealed class FixedTime(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
