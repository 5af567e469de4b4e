using System.Text.Json;
using WatchBot.Discord.Interactions;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Interactions;

/// <summary>Manage Server (1&lt;&lt;5) or Manage Events (1&lt;&lt;33) make a moderator; permissions are a string bitset.</summary>
public sealed class ModeratorTests
{
    [Theory]
    [InlineData("32", true)]                              // MANAGE_GUILD
    [InlineData("8589934592", true)]                      // MANAGE_EVENTS, beyond 32 bits
    [InlineData("8", true)]                               // ADMINISTRATOR
    [InlineData("3072", false)]                           // view + send only
    [InlineData("340282366920938463463374607431768211455", true)] // wider than 64 bits: low bits still read
    [InlineData("not a number", false)]
    public void Permissions_DecideModeration(string permissions, bool expected)
    {
        using var document = JsonDocument.Parse(DiscordInteractions.Watch("pause", permissions: permissions).ToJsonString());

        Assert.True(Interaction.TryParse(document.RootElement, out var interaction, out _));
        Assert.Equal(expected, interaction!.Member!.CanManage);
    }

    [Fact]
    public void DirectMessage_HasAUserButNoGuild()
    {
        using var document = JsonDocument.Parse(DiscordInteractions.Watch("pause", guildId: null).ToJsonString());

        Assert.True(Interaction.TryParse(document.RootElement, out var interaction, out _));
        Assert.Null(interaction!.GuildId);
        Assert.Equal("alice", interaction.Member!.DisplayName);
    }
}
