using System.Globalization;
using WatchBot.Discord.Tests.Support;

namespace WatchBot.Discord.Tests.Events;

/// <summary>The README's invite asks for exactly what the bot uses: View Channel, Send Messages, Embed Links, Create Events.</summary>
public sealed class InvitePermissionsTests
{
    [Fact]
    public void Invite_IsTheFourPermissions_WithCreateEventsAbove32Bits()
    {
        Assert.Equal((1UL << 10) + (1UL << 11) + (1UL << 14) + (1UL << 44), DiscordPermissions.Invite);
        Assert.Equal(17592186063872UL, DiscordPermissions.Invite);
    }

    [Fact]
    public void Readme_InviteUrlAndText_CarryThatInteger()
    {
        var readme = File.ReadAllText(Path.Combine(Fixtures.Folder, "..", "..", "..", "README.md"));
        var integer = DiscordPermissions.Invite.ToString(CultureInfo.InvariantCulture);

        Assert.Contains($"&permissions={integer}\n", readme, StringComparison.Ordinal);
        Assert.Contains($"(permissions integer `{integer}`)", readme, StringComparison.Ordinal);
        Assert.Contains("**Create Events**", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("permissions=19456", readme, StringComparison.Ordinal);
    }
}
