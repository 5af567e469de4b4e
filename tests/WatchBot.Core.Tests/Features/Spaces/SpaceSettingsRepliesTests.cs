using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Features.Spaces;

/// <summary>The answers to <c>/watch settings</c>: the zone as code, what it means, and how to change it.</summary>
public sealed class SpaceSettingsRepliesTests
{
    [Fact]
    public void Shown_ASetZone_ToAModerator_SaysHowToChangeIt()
    {
        var reply = new SpaceSettingsShown(new SpaceSettings { TimeZone = "Europe/Paris", Version = 1 }, "UTC", CanChange: true).ToReply();

        Assert.Equal(
            "Time zone here: Europe/Paris, set by a moderator. Times typed here, such as at:\"friday 9pm\", are read in it.\n" +
            "Who may: start: everyone · control: everyone · end: everyone · react: everyone · breaks: everyone · nominate: everyone · vote: everyone (host = the host and moderators; moderators may always).\n" +
            "Control falls to the host above a number of people: off.\n" +
            "Automatic break: off.\n" +
            "Audit channel: none\n" +
            "Age-restricted channels marked here: none.\n" +
            "Change it with /watch settings timezone:Europe/Paris, or go back to the default with /watch settings timezone:default.",
            PlainText.Of(reply.Lines));
        Assert.Contains(new UserTextPart("Europe/Paris", TextStyle.Code), reply.Lines[0].Parts);
    }

    [Fact]
    public void Shown_TheDefault_ToAMember_SaysModeratorsCanChangeIt()
    {
        var reply = new SpaceSettingsShown(SpaceSettings.None, "UTC", CanChange: false).ToReply();

        Assert.StartsWith("Time zone here: UTC, the default (none was set here).", PlainText.Of(reply.Lines), StringComparison.Ordinal);
        Assert.EndsWith("Moderators can change it with /watch settings timezone:.", PlainText.Of(reply.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Europe/Paris", "The time zone here is now Europe/Paris (was UTC).")]
    [InlineData("Europe/Paris", "Asia/Tokyo", "The time zone here is now Asia/Tokyo (was Europe/Paris).")]
    [InlineData("Europe/Paris", null, "The time zone here is back to the default, UTC (was Europe/Paris).")]
    [InlineData("Asia/Tokyo", "Asia/Tokyo", "Nothing to do: the time zone here is already Asia/Tokyo.")]
    [InlineData(null, null, "Nothing to do: the time zone here is already the default, UTC.")]
    public void ZoneChanged_SaysWhatHappened(string? previous, string? current, string expected) =>
        Assert.StartsWith(expected, PlainText.Of(new TimeZoneChanged(previous, current, "UTC").ToReply().Lines), StringComparison.Ordinal);
}
