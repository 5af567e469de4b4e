using WatchBot.Core.Views;
using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class CannotPostNoteTests
{
    [Fact]
    public async Task RefusedChannel_TellsWhoCausedIt_OncePerCause()
    {
        await using var kit = new KitUnderTest();
        kit.Messenger.Answer = _ => SendResult.CannotPost("not_in_channel");
        var view = new ChannelView { Announcements = [Plain.Say("GO")], Card = Plain.Card("session:1", "Playing") };

        await kit.PublishAsync("a", view, new TestCause("ann"));
        await kit.IdleAsync();
        await kit.PublishAsync("a", view, new TestCause("bob"));
        await kit.IdleAsync();

        Assert.Equal(["ann", "bob"], kit.Note.Notes.Select(n => ((TestCause)n.Cause).Person));
        Assert.All(kit.Note.Notes, n => Assert.Equal("not_in_channel", n.Refusal.Detail));
    }

    [Fact]
    public async Task RefusedChannel_WithoutACause_TellsNobody()
    {
        await using var kit = new KitUnderTest();
        kit.Messenger.Answer = _ => SendResult.CannotPost("not_in_channel");
        await kit.SayAsync("a", "GO");
        await kit.IdleAsync();

        Assert.Empty(kit.Note.Notes);
    }

    [Fact]
    public async Task OtherFailures_AreNotTold()
    {
        await using var kit = new KitUnderTest();
        kit.Messenger.Answer = _ => SendResult.Failed("http_500");
        await kit.PublishAsync("a", new ChannelView { Announcements = [Plain.Say("GO")] }, new TestCause("ann"));
        await kit.IdleAsync();

        Assert.Empty(kit.Note.Notes);
    }
}
