using Microsoft.Extensions.DependencyInjection;
using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Engine.Ports;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests.Moderation;

/// <summary>
/// A moderator's evening, scripted once and acted on every platform by its real host on its real
/// storage (a SQLite file, or a PostgreSQL database of its own): a setting changed, a moderator added, lock, kick, hand-over and ban, a restart (all of
/// them still in force after it), a banned and a locked-out person refused privately with nothing
/// posted, unlock, unban, an end by a moderator who is not the host, the moderator removed. The audit
/// log then holds every one of these actions, with who, whom and the reason.
/// </summary>
public sealed class ModeratorScenarioTests(ITestOutputHelper output)
{
    private const string Reason = "spoilers in chat";

    private static readonly string[] People = ["alice", "bob", "carol", "dave", "erin", "frank"];

    private static readonly HashSet<string> Moderators = new(StringComparer.Ordinal) { "carol" };

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task EveryModeratorAction_IsInForceAfterARestart_AndInTheAuditLog_AndTheChannelSeesTheSameEverywhere(string provider)
    {
        await using var storages = new ContractStorages(provider);
        IContractPlatform[] platforms =
        [
            new ShellContractPlatform(Moderators, storage: storages.Next()),
            new DiscordContractPlatform(Moderators, storage: storages.Next()),
            new SlackContractPlatform(Moderators, storages.Next()),
        ];
        var shown = new List<IReadOnlyList<string>>();
        foreach (var platform in platforms)
        {
            output.WriteLine($"== {platform.Name}");
            await using (platform)
            {
                await ActAsync(platform);
                shown.Add(ViewShape.Of(platform.Views.Views));
            }
        }

        Assert.Equal(shown[0], shown[1]);
        Assert.Equal(shown[0], shown[2]);
        await storages.AssertKeptAsync();
    }

    private static async Task ActAsync(IContractPlatform platform)
    {
        await platform.StartAsync();
        var acting = new Acting(platform);

        await acting.SayAsync("carol", "/watch settings end:host");
        await acting.SayAsync("carol", "/watch mod add user:@dave");
        await acting.SayAsync("alice", "/watch start title:Heat control:everyone in:5s", views: 1);
        await acting.WaitAsync(TimeSpan.FromSeconds(5), views: 1);
        await acting.SayAsync("bob", "/watch react emoji:😂", views: 1);
        await acting.SayAsync("erin", "/watch react emoji:🔥", views: 1);
        await acting.SayAsync("dave", "/watch lock", views: 1);
        await acting.SayAsync("carol", "/watch kick user:@bob", views: 1);
        await acting.SayAsync("carol", "/watch host user:@erin", views: 1);
        var banned = await acting.SayAsync("carol", $"/watch ban user:@bob duration:7d reason:\"{Reason}\"");

        await acting.RestartAsync();
        var live = Assert.Single(await platform.Services.GetRequiredService<ISessionStore>().ListUnfinishedAsync(CancellationToken.None));
        Assert.Equal((platform.IdOf("erin"), true), (live.Host.Id, live.Locked));
        Assert.Contains(live.Kicked, k => k.Id == platform.IdOf("bob"));

        await acting.WaitAsync(TimeSpan.FromSeconds(5));
        var bobTries = await acting.SayAsync("bob", "/watch react emoji:🎉");
        var frankTries = await acting.SayAsync("frank", "/watch react emoji:🎉");
        await acting.SayAsync("dave", "/watch unlock", views: 1);
        await acting.SayAsync("carol", "/watch unban user:@bob");
        await acting.SayAsync("dave", "/watch end", views: 1);
        await acting.SayAsync("carol", "/watch mod remove user:@dave");
        var audit = await acting.SayAsync("carol", "/watch mod audit");
        await acting.SettledAsync("alice", "/watch start title:Alien in:5s");

        // Seven days, so until a date, not until a moderator lifts it.
        Assert.Contains("can't use WatchBot here until", banned, StringComparison.Ordinal);
        Assert.DoesNotContain("lifts", banned, StringComparison.Ordinal);
        Assert.Contains("can't use WatchBot here", bobTries, StringComparison.Ordinal);
        Assert.Contains("locked", frankTries, StringComparison.Ordinal);
        Assert.Contains(Reason, audit, StringComparison.Ordinal);

        var log = await platform.Services.GetRequiredService<IAuditLog>().LatestAsync(platform.Name, platform.SpaceId, 50, CancellationToken.None);
        string? Person(string? id) => id is null ? null : People.Single(p => platform.IdOf(p) == id);
        Assert.Equal(
            [
                (AuditAction.SettingsChanged, "carol", null, null),
                (AuditAction.ModeratorAdded, "carol", "dave", null),
                (AuditAction.Lock, "dave", null, null),
                (AuditAction.Kick, "carol", "bob", null),
                (AuditAction.HostHandOver, "carol", "erin", null),
                (AuditAction.Ban, "carol", "bob", Reason),
                (AuditAction.Unlock, "dave", null, null),
                (AuditAction.Unban, "carol", "bob", null),
                (AuditAction.EndByModerator, "dave", "erin", null),
                (AuditAction.ModeratorRemoved, "carol", "dave", null),
            ],
            log.Reverse().Select(e => (e.Action, Person(e.By?.Id), Person(e.Subject?.Id), e.Reason)).ToList());
    }
}
