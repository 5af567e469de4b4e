using Microsoft.Extensions.DependencyInjection;
using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Moderation;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// The movie poll acted on every platform by its real host: a booking, a poll opened by its host, three
/// titles put forward by three people, a second nomination of a title already there refused privately,
/// votes (one changed), a close refused to a guest, then closed by the host. The winner becomes the
/// booking's title, stored and on its card, and the channel saw the same views everywhere.
/// </summary>
public sealed class PollContractTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task TheWinnerBecomesTheBookingsTitle_WithTheSameViewsOnEveryPlatform(string provider)
    {
        // Each platform on storage of its own (on PostgreSQL: a fresh database each, polls included).
        await using var storages = new ContractStorages(provider);
        IContractPlatform[] platforms =
        [
            new ShellContractPlatform(storage: storages.Next()),
            new DiscordContractPlatform(storage: storages.Next()),
            new SlackContractPlatform(storage: storages.Next()),
        ];
        var shown = new List<IReadOnlyList<string>>();
        foreach (var platform in platforms)
        {
            await using (platform)
            {
                var delivered = new Delivered(platform);
                var answers = await ActAsync(platform, delivered);
                foreach (var line in ViewShape.Of(platform.Views.Views))
                {
                    output.WriteLine($"{platform.Name}: {line.TrimEnd()}");
                }

                Assert.Contains("already nominated as number 1", answers["dave: heat"], StringComparison.Ordinal);
                Assert.Contains("Only the host of", answers["bob: close"], StringComparison.Ordinal);
                Assert.Contains("changed your vote to number 2", answers["carol: 2"], StringComparison.Ordinal);

                var booking = Assert.Single(await platform.Services.GetRequiredService<ISessionStore>().ListUnfinishedAsync(CancellationToken.None));
                Assert.Equal(("Ronin", SessionPhase.Scheduled), (booking.Title, booking.Phase));
                await delivered.ExactlyAsync();
                shown.Add(ViewShape.Of(platform.Views.Views));
            }
        }

        // The last views: the close said so and the session's card carries the winner as its title.
        var last = string.Join("\n", shown[0].TakeLast(2));
        Assert.Contains("{user:Strong:Ronin}{text:Plain: won with }{text:Plain:3 votes}", last, StringComparison.Ordinal);
        Assert.Contains("card[session:#1] {text:Plain:📅 }{user:Strong:Ronin}", last, StringComparison.Ordinal);
        Assert.Equal(shown[0], shown[1]);
        Assert.Equal(shown[0], shown[2]);
        await storages.AssertKeptAsync();
    }

    private static async Task<Dictionary<string, string>> ActAsync(IContractPlatform platform, Delivered delivered)
    {
        await platform.StartAsync();
        var acting = new Acting(platform);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task SayAsync(string user, string line, int views = 0, string? answer = null)
        {
            // Spaced as people type: Slack's gates (a post a second, Tier 3 edits) refill on the test clock.
            var said = await acting.SayAsync(user, line, views);
            delivered.Draw();
            await acting.WaitAsync(TimeSpan.FromSeconds(5));
            await delivered.CatchUpAsync();
            if (answer is not null)
            {
                answers[answer] = said;
            }
        }

        await SayAsync("alice", "/watch schedule title:\"Movie night\" at:\"in 3h\"", views: 1);
        await SayAsync("alice", "/watch poll open", views: 1);
        await SayAsync("bob", "/watch nominate title:Heat", views: 1);
        await SayAsync("carol", "/watch nominate title:Ronin", views: 1);
        await SayAsync("dave", "/watch nominate title:Alien", views: 1);
        await SayAsync("dave", "/watch nominate title:heat", answer: "dave: heat");
        await SayAsync("bob", "/watch vote n:2", views: 1);
        await SayAsync("carol", "/watch vote n:1", views: 1);
        await SayAsync("dave", "/watch vote n:2", views: 1);
        await SayAsync("carol", "/watch vote n:2", views: 1, answer: "carol: 2");
        await SayAsync("bob", "/watch poll close", answer: "bob: close");
        await SayAsync("alice", "/watch poll close", views: 2);
        return answers;
    }
}
