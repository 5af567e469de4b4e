using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Tests.Sessions;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>The RSVP part's announcements are kept whole by the outbox: what a restart sends is what the decision showed.</summary>
public sealed class RsvpOutboxCodecTests
{
    [Fact]
    public async Task AnswersAndAPromotion_ComeBackShowingTheSameViews()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch schedule title:\"Alien\" at:\"in 2h\" seats:1");
        await h.Say(Bob, "/watch rsvp going");
        await h.Say(Carol, "/watch rsvp going");
        await h.Say(Bob, "/watch rsvp no");

        var notices = h.Platform.Said.Select(s => s.Notice).OfType<RsvpChanged>().ToList();
        Assert.Equal(3, notices.Count);
        Assert.Equal([Carol.User], notices[^1].Promoted);
        foreach (var notice in notices)
        {
            var back = OutboxCodec.Decode(OutboxCodec.Encode(Channel, new SessionId("s1"), notice, TestTime.Start)!);

            var decoded = Assert.IsType<RsvpChanged>(back);
            Assert.Equal(notice.ToChannel().Card, decoded.ToChannel().Card);
            Assert.Equal(notice.ToChannel().Announcements, decoded.ToChannel().Announcements);
            Assert.Equal(notice.Session.Rsvps, decoded.Session.Rsvps);
        }
    }
}
