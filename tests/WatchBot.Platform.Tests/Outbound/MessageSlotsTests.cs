using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class MessageSlotsTests
{
    [Fact]
    public async Task Card_IsPostedOnce_ThenEditedInPlace()
    {
        await using var kit = new KitUnderTest();
        await kit.ShowAsync("a", "session:1", "Counting down");
        await kit.IdleAsync();
        var id = kit.Links.Values[("fake", "card:session:1")];

        await kit.ShowAsync("a", "session:1", "Playing");
        await kit.IdleAsync();

        Assert.Equal(["post-card: Counting down", "edit-card: Playing"], kit.CallsIn("a"));
        Assert.Equal(id, kit.Messenger.Calls[1].MessageId);
    }

    [Fact]
    public async Task Card_WhoseMessageIsGone_IsPostedAgainAndRecorded()
    {
        await using var kit = new KitUnderTest();
        kit.Links.Values[("fake", "card:session:1")] = "deleted-by-hand";
        kit.Messenger.Answer = call => call.What == "edit-card" ? SendResult.Gone("unknown_message") : null;

        await kit.ShowAsync("a", "session:1", "Paused");
        await kit.IdleAsync();

        Assert.Equal(["edit-card: Paused", "post-card: Paused"], kit.CallsIn("a"));
        Assert.NotEqual("deleted-by-hand", kit.Links.Values[("fake", "card:session:1")]);
    }

    [Fact]
    public async Task CardEdit_ThatFailsOtherwise_IsNotPostedAgain()
    {
        await using var kit = new KitUnderTest();
        kit.Links.Values[("fake", "card:session:1")] = "m0";
        kit.Messenger.Answer = call => call.What == "edit-card" ? SendResult.Failed("http_500") : null;

        await kit.ShowAsync("a", "session:1", "Paused");
        await kit.IdleAsync();

        Assert.Equal(["edit-card: Paused"], kit.CallsIn("a"));
        Assert.Equal("m0", kit.Links.Values[("fake", "card:session:1")]);
    }
}
