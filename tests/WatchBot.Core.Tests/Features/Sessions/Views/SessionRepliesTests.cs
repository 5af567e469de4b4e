using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>The session's sender-only answers: they show nothing in the channel.</summary>
public sealed class SessionRepliesTests
{
    [Fact]
    public void AlreadySo_ShowsTheStateItHoldsIn()
    {
        Assert.Equal("Nothing to do: already paused — The Matrix at 0:01:00.", Reply(new AlreadySo(Paused(Minute), Minute, "already paused")));
        Assert.Equal(
            "Nothing to do: you are already marked ready — Alien starts [F 2026-11-22 21:00:00] ([R 21:00:00]).",
            Reply(new AlreadySo(Scheduled(T0 + Hour), TimeSpan.Zero, "you are already marked ready")));
    }

    [Fact]
    public void ReactionNoted_AndTooSoon()
    {
        Assert.Equal("Noted: 🔥 at 0:01:02.", Reply(new ReactionNoted(new Reaction(1, "🔥", null, TimeSpan.FromSeconds(62), Bob.User, T0))));
        Assert.Equal(
            "Slow down — one reaction every 2s each. You can react again in 1s.",
            Reply(new ReactionTooSoon(Second, T0 + Second, 2 * Second)));
    }

    [Fact]
    public void Replies_ShowNothingInTheChannel()
    {
        Notice[] replies =
        [
            new AlreadySo(Paused(Minute), Minute, "already paused"),
            new ReactionNoted(new Reaction(1, "🔥", null, Minute, Bob.User, T0)),
            new ReactionTooSoon(Second, T0 + Second, 2 * Second),
        ];

        Assert.All(replies, r => Assert.Same(ChannelView.Nothing, r.ToChannel()));
    }

    private static string Reply(Notice notice) => PlainText.Of(notice.ToReply()!.Lines);
}
