using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Tests.Features.Spaces;

/// <summary><c>/watch settings</c>: anyone sees, moderators change, only zones the tz database knows.</summary>
public sealed class SpaceSettingsRulesTests
{
    private const string Who = "members with Manage Server";
    private const string Default = "UTC";

    private static readonly Actor Moderator = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);
    private static readonly Actor Member = new(new UserRef("test", "u-member", "member"), IsModerator: false);
    private static readonly SpaceSettings Paris = new() { TimeZone = "Europe/Paris", Version = 4 };

    [Fact]
    public void Moderator_SetsTheZone_StoredByItsExactId_AtTheVersionRead()
    {
        var decision = SpaceSettingsRules.Decide(Paris, Moderator, new SettingsCommand("america/new york"), Default, Who);

        Assert.Equal(new SpaceSettings { TimeZone = "America/New_York", Version = 4 }, decision.Next);
        Assert.Equal(new TimeZoneChanged("Europe/Paris", "America/New_York", Default), decision.Reply);
    }

    [Fact]
    public void Moderator_SetsAZone_InASpaceThatSetNone()
    {
        var decision = SpaceSettingsRules.Decide(SpaceSettings.None, Moderator, new SettingsCommand("Europe/Paris"), Default, Who);

        Assert.Equal("Europe/Paris", decision.Next!.TimeZone);
        Assert.Equal(0, decision.Next.Version);
        Assert.Equal(new TimeZoneChanged(null, "Europe/Paris", Default), decision.Reply);
    }

    [Fact]
    public void Moderator_GoesBackToTheDefault_WithTheWordDefault()
    {
        var decision = SpaceSettingsRules.Decide(Paris, Moderator, new SettingsCommand("Default"), Default, Who);

        Assert.Null(decision.Next!.TimeZone);
        Assert.Equal(new TimeZoneChanged("Europe/Paris", null, Default), decision.Reply);
    }

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("EUROPE/PARIS")]
    public void Moderator_SettingTheZoneItHas_SavesNothing(string typed)
    {
        var decision = SpaceSettingsRules.Decide(Paris, Moderator, new SettingsCommand(typed), Default, Who);

        Assert.Null(decision.Next);
        Assert.True(Assert.IsType<TimeZoneChanged>(decision.Reply).AlreadySo);
    }

    [Fact]
    public void NonModerator_IsRefused_ToldWhoMay_AndNothingChanges()
    {
        var decision = SpaceSettingsRules.Decide(Paris, Member, new SettingsCommand("Asia/Tokyo"), Default, Who);

        Assert.Null(decision.Next);
        var refused = Assert.IsType<Refused>(decision.Reply);
        Assert.Contains("only a moderator", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(Who, refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch settings", refused.Suggestion);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Anyone_SeesTheSettings_AndOnlyModeratorsAreToldHowToChangeThem(bool moderator)
    {
        var decision = SpaceSettingsRules.Decide(Paris, moderator ? Moderator : Member, new SettingsCommand(null), Default, Who);

        Assert.Null(decision.Next);
        Assert.Equal(new SpaceSettingsShown(Paris, Default, moderator), decision.Reply);
    }

    [Theory]
    [InlineData("Paris", "Europe/Paris")]
    [InlineData("new york", "America/New_York")]
    [InlineData("Europe/Pariss", "Europe/Paris")]
    public void UnknownZone_IsRefused_WithTheCloseOnes_AndACommandThatWorks(string typed, string meant)
    {
        var decision = SpaceSettingsRules.Decide(SpaceSettings.None, Moderator, new SettingsCommand(typed), Default, Who);

        Assert.Null(decision.Next);
        var refused = Assert.IsType<Refused>(decision.Reply);
        Assert.Contains($"\"{typed}\"", refused.Reason, StringComparison.Ordinal);
        Assert.Contains($"Did you mean {meant}", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris or America/New_York, or UTC", refused.Reason, StringComparison.Ordinal);
        Assert.Equal($"/watch settings timezone:{meant}", refused.Suggestion);
    }

    [Fact]
    public void UnknownZone_WithNothingClose_GetsTheExample()
    {
        var decision = SpaceSettingsRules.Decide(SpaceSettings.None, Moderator, new SettingsCommand("somewhere nice"), Default, Who);

        var refused = Assert.IsType<Refused>(decision.Reply);
        Assert.DoesNotContain("Did you mean", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch settings timezone:Europe/Paris", refused.Suggestion);
    }
}
