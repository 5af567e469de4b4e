using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Moderation;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using WatchBot.Discord;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// A watched evening and its recap on every platform by its real host: reactions with notes by several
/// people (dave's left out once carol, a moderator, kicks him), a break asked and approved, a pause of
/// two minutes, the end. The recap is posted with its timeline and notes, every emoji, the top moments,
/// who came, the time watched without the pause, and the break; <c>/watch recap</c> shows it again to
/// the asker alone; and the picture goes where the platform allows: attached on Discord with Attach
/// Files, uploaded on Slack with <c>files:write</c>, written under the shell's picture folder; without
/// those grants the words go alone. On SQLite files and on PostgreSQL, with the same assertions.
/// </summary>
public sealed class RecapContractTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Moderators = new(StringComparer.Ordinal) { "carol" };
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task TheRecapHasEverything_AndThePictureGoesWhereThePlatformAllows(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("watchbot-contract-recaps-").FullName;
        var granted = DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.AttachFiles;
        await using var storages = new ContractStorages(provider);
        IContractPlatform[] platforms =
        [
            new ShellContractPlatform(Moderators, folder, storages.Next()),
            new DiscordContractPlatform(Moderators, granted, storages.Next()),
            new SlackContractPlatform(Moderators, storages.Next()),
        ];
        var shown = new List<IReadOnlyList<string>>();
        try
        {
            foreach (var platform in platforms)
            {
                await using (platform)
                {
                    await platform.StartAsync();
                    if (platform is SlackContractPlatform slack)
                    {
                        slack.Slack.FilesWriteGranted = true;
                    }

                    var delivered = new Delivered(platform);
                    var again = await ActAsync(platform, delivered);
                    shown.Add(ViewShape.Of(platform.Views.Views));
                    var recap = string.Join("\n", platform.Draw(platform.Views.Views[^1]).Select(Words));
                    output.WriteLine($"== {platform.Name} recap\n{recap}\n== {platform.Name} /watch recap\n{again}");
                    AssertRecap(recap);
                    AssertRecap(again);
                    await delivered.ExactlyAsync(d => d.Text.Contains("  picture: ", StringComparison.Ordinal));
                    AssertPicture(platform, folder);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.Equal(shown[0], shown[1]);
        Assert.Equal(shown[0], shown[2]);
        await storages.AssertKeptAsync();
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task WithoutTheGrants_TheWordsGoAlone(string provider)
    {
        await using var storages = new ContractStorages(provider);
        await using var discord = new DiscordContractPlatform(Moderators, DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages, storages.Next());
        await using var slack = new SlackContractPlatform(Moderators, storages.Next());
        foreach (var platform in new IContractPlatform[] { discord, slack })
        {
            await platform.StartAsync();
            var delivered = new Delivered(platform);
            await ActAsync(platform, delivered);
            await delivered.ExactlyAsync();
        }

        Assert.All(discord.Api.Calls, c => Assert.Empty(c.Files));
        Assert.Empty(slack.Slack.SharedFiles);
        Assert.Contains(slack.Slack.Calls, c => c.Method == "files.getUploadURLExternal" && c.Error == "missing_scope");
        await storages.AssertKeptAsync();
    }

    // What a delivery says in words: a Discord message's content, a Slack message's text, a terminal line.
    private static string Words(Delivery delivery) =>
        delivery.Text.StartsWith('{') && System.Text.Json.Nodes.JsonNode.Parse(delivery.Text) is { } json
            ? (string?)json["content"] ?? (string?)json["text"] ?? ""
            : delivery.Text;

    private static void AssertRecap(string recap)
    {
        // The timeline with notes, every emoji of those not kicked, the moments, who came, the time watched, the break.
        Assert.Contains("that face", recap, StringComparison.Ordinal);
        Assert.Contains("what an ending", recap, StringComparison.Ordinal);
        Assert.DoesNotContain("spoiler", recap, StringComparison.Ordinal);
        foreach (var emoji in new[] { "😂", "🎉", "👏" })
        {
            Assert.Contains(emoji, recap, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("🔥", recap, StringComparison.Ordinal);
        Assert.Contains("👥 Who came: alice, bob, carol\n", recap, StringComparison.Ordinal);
        Assert.Contains("Reactions: 😂×2 🎉×1 👏×1", recap, StringComparison.Ordinal);
        Assert.Contains("🏆 Top moments: 0:00:50 🎉×1 😂×1, 0:01:46 👏×1 😂×1", recap, StringComparison.Ordinal);

        // Played 50 s + 6 s + 30 s before the break and 20 s + 2 s + 2 s after the resume's countdown: 0:01:50, the pause left out.
        Assert.Contains("ended by alice at 0:01:50. Watched 0:01:50 together, 3 people, 4 reactions.", recap, StringComparison.Ordinal);
        Assert.Contains("☕ 1 break: at 0:01:26 (2 min)", recap, StringComparison.Ordinal);
        Assert.Contains("😂 at 0:00:50 — that face", recap, StringComparison.Ordinal);
        Assert.Contains("👏 at 0:01:46 — what an ending", recap, StringComparison.Ordinal);
    }

    private static void AssertPicture(IContractPlatform platform, string folder)
    {
        switch (platform)
        {
            case DiscordContractPlatform discord:
                var file = Assert.Single(discord.Api.Calls.SelectMany(c => c.Files));
                Assert.Equal(PngSignature, file.Bytes.Take(PngSignature.Length));
                break;
            case SlackContractPlatform slack:
                var shared = Assert.Single(slack.Slack.SharedFiles);
                Assert.Equal(PngSignature, shared.Bytes.Take(PngSignature.Length));
                break;
            default:
                var line = Assert.Single(platform.Received(), d => d.Text.Contains("  picture: ", StringComparison.Ordinal));
                var path = line.Text[(line.Text.IndexOf("picture: ", StringComparison.Ordinal) + "picture: ".Length)..];
                Assert.StartsWith(Path.GetFullPath(folder), path, StringComparison.Ordinal);
                Assert.Equal(PngSignature, File.ReadAllBytes(path).Take(PngSignature.Length));
                break;
        }
    }

    private static async Task<string> ActAsync(IContractPlatform platform, Delivered delivered)
    {
        var acting = new Acting(platform);
        async Task<string> SayAsync(string user, string line, int views = 0)
        {
            var said = await acting.SayAsync(user, line, views);
            await delivered.CatchUpAsync();
            return said;
        }

        async Task WaitAsync(TimeSpan by, int views = 0)
        {
            await acting.WaitAsync(by, views);
            await delivered.CatchUpAsync();
        }

        var twoSeconds = TimeSpan.FromSeconds(2);
        await SayAsync("alice", "/watch start title:Heat in:10s", views: 1);
        await WaitAsync(TimeSpan.FromSeconds(10), views: 1);
        await WaitAsync(TimeSpan.FromSeconds(50));
        await SayAsync("bob", "/watch react emoji:😂 note:\"that face\"", views: 1);
        await WaitAsync(twoSeconds);
        await SayAsync("dave", "/watch react emoji:🔥 note:\"spoiler ahead\"", views: 1);
        await WaitAsync(twoSeconds);
        await SayAsync("carol", "/watch react emoji:🎉", views: 1);
        await WaitAsync(twoSeconds);
        await SayAsync("carol", "/watch kick user:@dave", views: 1);
        await WaitAsync(TimeSpan.FromSeconds(30));
        await SayAsync("bob", "/watch break", views: 1);
        await SayAsync("alice", "/watch break approve", views: 1);
        await WaitAsync(TimeSpan.FromMinutes(2));
        await SayAsync("alice", "/watch resume in:5s", views: 1);
        await WaitAsync(TimeSpan.FromSeconds(5), views: 1);
        await WaitAsync(TimeSpan.FromSeconds(20));
        await SayAsync("alice", "/watch react emoji:👏 note:\"what an ending\"", views: 1);
        await WaitAsync(twoSeconds);
        await SayAsync("bob", "/watch react emoji:😂", views: 1);
        await WaitAsync(twoSeconds);
        await SayAsync("alice", "/watch end", views: 1);
        return await SayAsync("bob", "/watch recap");
    }
}
