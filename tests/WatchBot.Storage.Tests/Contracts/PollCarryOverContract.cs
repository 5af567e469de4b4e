using WatchBot.Core.Features.Polls;
using WatchBot.Core.Kernel;
using WatchBot.Testing;
using static WatchBot.Storage.Tests.Polls.PollProcess;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// <c>/watch poll open carry:yes</c> over a real database, on every provider: the channel's last closed
/// poll is read back (after a restart, and after someone was forgotten), and its titles that did not win
/// start the new poll, stored like any nomination.
/// </summary>
public abstract class PollCarryOverContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly CancellationToken None = CancellationToken.None;
    [Fact]
    public async Task AfterARestart_CarryYes_StartsTheNextPollWithTheLosers_AForgottenNominatorStayingSomeone()
    {
        var first = await StartAsync(Storage, TestTime.Start);
        await first.Say(Alice, "/watch schedule title:\"Friday\" at:\"in 3h\"");
        await first.Say(Alice, "/watch schedule title:\"Saturday\" at:\"in 27h\"");
        await first.Say(Alice, "/watch poll open session:Friday");
        await first.Say(Bob, "/watch nominate title:Heat");
        await first.Say(Dave, "/watch nominate title:Ronin");
        await first.Say(Erin, "/watch nominate title:Alien");
        await first.Say(Erin, "/watch vote n:2");
        await first.Say(Bob, "/watch vote n:2");
        Assert.IsType<PollClosed>((await first.Say(Alice, "/watch poll close")).Announced.Single(n => n is PollClosed));
        await first.PersonalData.ForgetAsync(Channel.Platform, Channel.SpaceId, Erin.User.Id, Erin.User.DisplayName, None);

        var second = await StartAsync(Storage, TestTime.Start + TimeSpan.FromHours(4));
        var last = (await second.Polls.LastClosedAsync(Channel, None))!;
        Assert.Equal("Ronin", last.Winner);

        var opened = Assert.IsType<PollOpened>((await second.Say(Alice, "/watch poll open session:Saturday carry:yes")).Announced.Single(n => n is PollOpened));

        Assert.Equal(2, opened.Carried);
        var stored = (await second.Polls.GetAsync(opened.Poll.Id, None))!;
        Assert.Equal([(1, "Heat", "bob"), (2, "Alien", "someone")], stored.Nominations.Select(n => (n.Number, n.Title, n.By.DisplayName)));
        Assert.Equal(Bob.User.Key, stored.Nominations[0].By.Key);
        Assert.NotEqual(Erin.User.Id, stored.Nominations[1].By.Id);
        Assert.Equal(3, stored.NextNumber);
        Assert.Empty(stored.Votes);

        // Bob's carried title is his one nomination: his next one replaces it.
        await second.Say(Bob, "/watch nominate title:Brazil");
        var after = (await second.Polls.GetAsync(opened.Poll.Id, None))!;
        Assert.Equal(["Alien", "Brazil"], after.Nominations.Select(n => n.Title));
    }

    [Fact]
    public async Task LastClosed_IsTheChannelsMostRecentlyClosedPoll_AndNoneBeforeAnyCloses()
    {
        var bot = await StartAsync(Storage, TestTime.Start);
        await bot.Say(Alice, "/watch schedule title:\"Friday\" at:\"in 3h\"");
        await bot.Say(Alice, "/watch poll open");
        Assert.Null(await bot.Polls.LastClosedAsync(Channel, None));
        Assert.IsType<Refused>((await bot.Say(Alice, "/watch poll open carry:yes")).Reply);

        await bot.Say(Bob, "/watch nominate title:Heat");
        await bot.Say(Alice, "/watch poll close");
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.Say(Alice, "/watch schedule title:\"Saturday\" at:\"in 27h\"");
        await bot.Say(Alice, "/watch poll open session:Saturday");
        await bot.Say(Dave, "/watch nominate title:Ronin");
        await bot.Say(Alice, "/watch poll close");

        var last = (await bot.Polls.LastClosedAsync(Channel, None))!;
        Assert.Equal("Ronin", Assert.Single(last.Nominations).Title);
        Assert.Null(await bot.Polls.LastClosedAsync(Channel with { ChannelId = "channel-2" }, None));
    }
}
