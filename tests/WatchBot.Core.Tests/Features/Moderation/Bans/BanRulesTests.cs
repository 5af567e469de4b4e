using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Tests.Features.Moderation.Bans;

/// <summary>Who may ban whom: moderators only, nobody themselves, a moderator only by an administrator.</summary>
public sealed class BanRulesTests
{
    private const string Who = "people in Slack:Moderators";

    [Theory]
    // member, moderator, administrator × target member, target moderator
    [InlineData(false, false, false, "only a moderator")]
    [InlineData(false, false, true, "only a moderator")]
    [InlineData(true, false, false, null)]
    [InlineData(true, false, true, "only an administrator")]
    [InlineData(true, true, false, null)]
    [InlineData(true, true, true, null)]
    [InlineData(false, true, true, null)]
    public void MayBan_FollowsTheMatrix(bool moderator, bool administrator, bool targetModerates, string? refusal)
    {
        var actor = new Actor(new UserRef("slack", "U1", "ann"), moderator) { IsAdministrator = administrator };

        var refused = BanRules.MayBan(actor, "U2", targetModerates, Who);

        if (refusal is null)
        {
            Assert.Null(refused);
        }
        else
        {
            Assert.NotNull(refused);
            Assert.Contains(refusal, refused.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NobodyBansThemselves_NotEvenAnAdministrator()
    {
        var admin = new Actor(new UserRef("discord", "1", "ann"), IsModerator: true) { IsAdministrator = true };

        Assert.Contains("yourself", BanRules.MayBan(admin, "1", targetModerates: true, Who)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberIsToldWhoModerates()
    {
        var member = new Actor(new UserRef("slack", "U1", "ann"), IsModerator: false);

        Assert.Contains(Who, BanRules.MayModerate(member, Who)!.Reason, StringComparison.Ordinal);
        Assert.Null(BanRules.MayModerate(member with { IsModerator = true }, Who));
    }
}
