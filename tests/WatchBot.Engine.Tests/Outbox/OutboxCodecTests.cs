using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Tests.Sessions;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>
/// The outbox keeps any notice whole, whatever feature it comes from: what a restart sends shows
/// exactly what the committed decision would have shown.
/// </summary>
public sealed class OutboxCodecTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task EveryAnnouncementOfAWholeSession_ComesBackShowingTheSameViews()
    {
        var notices = await AWholeSessionsAnnouncements();

        // The scenario must have produced the announcements that carry the most: a recap with its emoji and highlights.
        Assert.Contains(notices, n => n is SessionEnded { Recap.Emoji.Count: > 0, Recap.Moments.Count: > 0, Recap.Timeline.Count: > 0 });
        Assert.Contains(notices, n => n is ReactionAdded);
        foreach (var notice in notices)
        {
            var entry = OutboxCodec.Encode(Channel, new SessionId("s1"), notice, TestTime.Start);
            Assert.NotNull(entry);
            Assert.Equal(notice.GetType().Name, entry.Kind);

            var back = OutboxCodec.Decode(entry);

            Assert.NotNull(back);
            Assert.Equal(notice.GetType(), back.GetType());
            AssertSameView(notice.ToChannel(), back.ToChannel());
            Assert.Equal(notice.ToReply(), back.ToReply());
        }
    }

    [Fact]
    public void ANoticeMissingFromTheOutboxList_IsRefusedByName_NotStoredUnreadable()
    {
        // A new notice is listed in NoticeTypes and NoticeJsonContext (NoticeTypesTests finds one that is not).
        var notice = new IntermissionCalled(new UserRef("test", "u-dave", "dave"), TestTime.Start.AddMinutes(5), TimeSpan.FromMinutes(42));

        var refused = Assert.Throws<NotSupportedException>(() => OutboxCodec.Encode(Channel, new SessionId("s1"), notice, TestTime.Start));

        Assert.Contains(nameof(IntermissionCalled), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnswerForTheSenderOnly_IsNotAnOutboxEntry()
    {
        Assert.Null(OutboxCodec.Encode(Channel, new SessionId("s1"), new Refused("No.", "/watch help"), TestTime.Start));
    }

    [Theory]
    [InlineData("NoSuchNotice", "{}")]
    [InlineData(nameof(PlaybackPaused), "{not json")]
    [InlineData(nameof(PlaybackPaused), "[1,2,3]")]
    public void AnEntryThatNoLongerReads_DecodesToNothing_SoTheRelayDropsItInsteadOfCrashing(string kind, string json)
    {
        var entry = new OutboxEntry(1, Channel, kind, new SessionId("s1"), json, TestTime.Start);

        Assert.Null(OutboxCodec.Decode(entry));
    }

    private static async Task<IReadOnlyList<Notice>> AWholeSessionsAnnouncements()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch schedule title:\"Alien\" at:\"in 2m\"");
        await h.Say(Alice, "/watch end");
        await h.Say(Alice, "/watch start title:\"<@everyone> *Heat*\" in:5s runtime:2h");
        await h.Say(Bob, "/watch ready");
        h.Time.Advance(6 * S);
        await h.Say(Alice, "/watch react emoji:😂 note:\"that face\"");
        await h.Say(Alice, "/watch pause");
        await h.Say(Alice, "/watch seek to:0:10:00");
        await h.Say(Alice, "/watch seek to:9:00:00");
        await h.Say(Alice, "/watch resume in:3s");
        h.Time.Advance(4 * S);
        await h.Say(Bob, "/watch react emoji:🎉");
        h.Time.Advance(20 * S);
        await h.Say(Bob, "/watch react emoji:😂");
        await h.Say(Alice, "/watch end");
        return [.. h.Platform.Said.Select(s => s.Notice)];
    }

    private static void AssertSameView(ChannelView expected, ChannelView actual)
    {
        Assert.Equal(expected.Card, actual.Card);
        Assert.Equal(expected.Announcements, actual.Announcements);
        Assert.Equal(expected.Ahead, actual.Ahead);
        Assert.Equal(expected.Withdraw, actual.Withdraw);
    }

    /// <summary>A notice of a feature that does not exist yet: defined here, in no list of the outbox.</summary>
    public sealed record IntermissionCalled(UserRef By, DateTimeOffset BackAt, TimeSpan Position) : Notice
    {
        public override ChannelView ToChannel() =>
            new() { Announcements = [new Announcement(ViewLine.Of($"☕ {By} called an intermission at {Position} — back at {BackAt:T}."))] };
    }
}
