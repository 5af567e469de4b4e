using System.Globalization;
using System.Text.RegularExpressions;
using WatchBot.Host.Tests.Shell;
using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// The real binary dies by SIGKILL after committing an announcement and before sending it: the
/// fault-injection switch <c>Diagnostics:HoldOutboxSend</c> holds the relay exactly there. Started
/// again on the same database without the switch, the bot announces it once, and a third start says
/// nothing more. The wording of announcements is being rewritten, so lines are recognised loosely (a
/// keyword, the title, a position), and only what the bot says is compared, never how fast it says it.
/// </summary>
public sealed partial class KillBetweenSaveAndSendTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task APauseCommittedButNotSentWhenKilled_IsAnnouncedExactlyOnceAfterTheRestart()
    {
        using var folder = new TempFolder();
        await using (var first = Start(folder.Path, Holding("PlaybackPaused")))
        {
            await first.TypeAsync("/watch start title:\"Kill Bill\" in:3s");
            await first.WaitForLineAsync("GO", Generous);

            // Two seconds of playback, so the pause names a position that a lost or rebuilt-wrong pause would not.
            await first.TypeAsync("/wait 2s", "/watch pause");
            await first.WaitForErrorAsync("outbox: holding entry", Generous);
            Assert.Contains("(PlaybackPaused)", first.Errors, StringComparison.Ordinal);
            Never(PauseLines(first), first, "the held pause");
            first.KillHard();
        }

        TimeSpan announced;
        await using (var second = Start(folder.Path))
        {
            second.CloseInput();
            Assert.Equal(0, await second.WaitForExitAsync(Generous));
            var paused = Once(PauseLines(second), second, "the pause");
            announced = PositionIn(paused);
            Assert.True(announced >= TimeSpan.FromSeconds(2), $"paused after 2 s of playback, yet: {paused}\n{second.Transcript}");
        }

        // A third start sends nothing again; the only pause it mentions is its answer to /watch status, at the announced position.
        await using var third = Start(folder.Path);
        await third.TypeAsync("/watch status");
        third.CloseInput();
        Assert.Equal(0, await third.WaitForExitAsync(Generous));
        var status = Once(PauseLines(third), third, "a pause (the status answer only)");
        Assert.Contains("Kill Bill", status, StringComparison.Ordinal);
        Assert.Equal(announced, PositionIn(status));
    }

    [Fact]
    public async Task AGoCommittedButNotSentWhenKilled_IsAnnouncedOnceAsALateStartAfterTheRestart()
    {
        using var folder = new TempFolder();
        DateTimeOffset heldBy;

        // The first bot keeps the harness's minute of tolerance: a GO timer that a loaded machine fires late is still a GO.
        await using (var first = Start(folder.Path, Holding("PlaybackStarted")))
        {
            await first.TypeAsync("/watch start title:Alien in:3s");
            await first.WaitForErrorAsync("outbox: holding entry", Generous);
            heldBy = TimeProvider.System.GetUtcNow();
            Assert.Contains("(PlaybackStarted)", first.Errors, StringComparison.Ordinal);
            Never(GoLines(first), first, "the held GO");
            first.KillHard();
        }

        // The GO was decided before the bot said it held it. Nothing can be waited on while the bot is
        // down but the clock: two seconds from then make it late (by more than the tolerance) for certain.
        var down = heldBy + TimeSpan.FromSeconds(2) - TimeProvider.System.GetUtcNow();
        if (down > TimeSpan.Zero)
        {
            await Task.Delay(down, TimeProvider.System);
        }

        // Restarted, a GO relayed more than a second after its decision is late: it says "started N ago".
        var settings = new Dictionary<string, string> { ["Sessions__LateGoTolerance"] = "00:00:01" };
        await using (var second = Start(folder.Path, settings))
        {
            second.CloseInput();
            Assert.Equal(0, await second.WaitForExitAsync(Generous));
            var late = Once(LateStartLines(second), second, "the late start");
            Assert.Contains("Alien", late, StringComparison.Ordinal);
            Assert.True(PositionIn(late) >= TimeSpan.FromSeconds(2), $"down for 2 s after the GO, yet: {late}\n{second.Transcript}");
            Never(GoLines(second), second, "a GO that became late");
        }

        await using var third = Start(folder.Path, settings);
        third.CloseInput();
        Assert.Equal(0, await third.WaitForExitAsync(Generous));
        Never(LateStartLines(third), third, "the late start, again");
        Never(GoLines(third), third, "a GO");
    }

    private static Dictionary<string, string> Holding(string kind) => new() { ["Diagnostics__HoldOutboxSend"] = kind };

    private static string Once(List<string> lines, ShellProcess bot, string what)
    {
        Assert.True(lines.Count == 1, $"The bot said {what} {lines.Count} times, not once. Transcript:\n{bot.Transcript}");
        return lines[0];
    }

    private static void Never(List<string> lines, ShellProcess bot, string what) =>
        Assert.True(lines.Count == 0, $"The bot said {what}. Transcript:\n{bot.Transcript}");

    /// <summary>What the bot said, without the echo of what was typed (<c>alice&gt; /watch pause</c>).</summary>
    private static IEnumerable<string> Said(ShellProcess bot) =>
        bot.Lines.Select(l => l.Line).Where(l => !l.Contains("> /watch", StringComparison.Ordinal));

    private static List<string> PauseLines(ShellProcess bot) => [.. Said(bot).Where(l => l.Contains("paus", StringComparison.OrdinalIgnoreCase))];

    private static List<string> GoLines(ShellProcess bot) => [.. Said(bot).Where(l => l.Contains("GO", StringComparison.Ordinal))];

    private static List<string> LateStartLines(ShellProcess bot) => [.. Said(bot).Where(l => l.Contains(" ago", StringComparison.Ordinal))];

    /// <summary>The first media position (H:MM:SS) a line names after its [HH:mm:ss] stamp.</summary>
    private static TimeSpan PositionIn(string line)
    {
        StampOf(line);
        var position = Position().Match(line, 10);
        Assert.True(position.Success, $"no position in: {line}");
        return TimeSpan.ParseExact(position.Value, @"h\:mm\:ss", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\d:])\d{1,2}:\d\d:\d\d(?![\d:])")]
    private static partial Regex Position();
}
