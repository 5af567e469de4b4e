using Microsoft.Extensions.DependencyInjection;
using WatchBot.Core.Features.Spaces;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// A server with an audit channel: a moderator ending someone else's session is posted there,
/// through the normal Discord publisher, naming people as text and mentioning nobody.
/// </summary>
public sealed class AuditChannelTests : IAsyncLifetime
{
    private const string AuditChannel = "1000000000000000099";
    private const string Manager = "2000000000000000007";
    private const string ManageGuild = "32";

    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await DiscordHttpHarness.StartAsync(services => services.AddSingleton<ISpaceSettingsStore>(new WithAuditChannel()));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EndByAModerator_IsPostedToTheAuditChannel_WithMentionsOff()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["in"] = "10s" }));
        var (status, _) = await _bot.SendAsync(DiscordInteractions.Watch("end", userId: Manager, name: "manager", permissions: ManageGuild));

        var posted = await _bot.WaitForCallAsync(c => c.Method == "POST" && c.Path == $"/channels/{AuditChannel}/messages");

        Assert.Equal(200, status);
        Assert.Contains("manager", posted.Content, StringComparison.Ordinal);
        Assert.Contains("ended the session hosted by", posted.Content, StringComparison.Ordinal);
        Assert.Contains("alice", posted.Content, StringComparison.Ordinal);
        Assert.Contains("Heat", posted.Content, StringComparison.Ordinal);
        Assert.Contains("<t:", posted.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", posted.Content, StringComparison.Ordinal);
        var mentions = posted.Json!["allowed_mentions"]!;
        Assert.Empty(mentions["parse"]!.AsArray());
        Assert.True(mentions["users"] is null || mentions["users"]!.AsArray().Count == 0);
        Assert.True(mentions["roles"] is null || mentions["roles"]!.AsArray().Count == 0);
    }

    /// <summary>The emulated guild's settings name an audit channel; saving is not part of this test.</summary>
    private sealed class WithAuditChannel : ISpaceSettingsStore
    {
        public Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
            Task.FromResult(spaceId == DiscordInteractions.GuildId ? new SpaceSettings { AuditChannelId = AuditChannel } : SpaceSettings.None);

        public Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken) =>
            throw new NotSupportedException("This test does not change settings.");
    }
}
