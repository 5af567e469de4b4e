using System.Text.RegularExpressions;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Shell;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Shell;

/// <summary>The busiest recap printed by the shell: the same lines, cut politely, user text cleaned, instants local with their zone.</summary>
public sealed class ShellRecapRenderingTests
{
    private static readonly ChannelAddress Here = new("shell", "local", "main");

    [Fact]
    public void ABusyRecap_PrintsCutPolitely_WithEverySection()
    {
        var kept = RecapSamples.Busy("shell", Here);
        var markup = new ShellMarkup(new FakeTimeProvider(RecapSamples.EndedAt));

        var text = markup.Draw(Assert.Single(new SessionEnded(RecapSamples.Ended("shell", Here), kept.Recap, kept.By).ToChannel().Announcements).Lines);

        var lines = text.Split('\n');
        Assert.StartsWith("■ ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("👥 Who came: ", StringComparison.Ordinal) && Regex.IsMatch(l, @" …and \d+ more$"));
        Assert.Contains(lines, l => l.StartsWith("☕ 3 breaks: at 0:30:00 (6 min), at 1:00:00 (6 min), at 1:30:00 (6 min)", StringComparison.Ordinal));
        Assert.Contains("🕒 Minute by minute:", lines);
        Assert.Matches(@"^…and \d+ more$", lines[^1]);
        Assert.True(text.Length <= 2000, $"{text.Length} characters");
    }

    [Fact]
    public void RecapAgain_NamesWhenItEnded_InTheMachinesZone()
    {
        var markup = new ShellMarkup(new FakeTimeProvider(RecapSamples.EndedAt));

        var text = markup.Draw(new RecapShown(RecapSamples.Busy("shell", Here)).ToReply().Lines);

        Assert.StartsWith("📼 The last recap in this channel, from ", text, StringComparison.Ordinal);
        Assert.Contains("2026", text.Split('\n')[0], StringComparison.Ordinal);
    }
}
