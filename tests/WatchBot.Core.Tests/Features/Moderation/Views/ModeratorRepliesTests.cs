using WatchBot.Core.Notices;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Features.Moderation.Views;

/// <summary>Moderator answers name people by id as code text: never a person part, never a mention.</summary>
public sealed class ModeratorRepliesTests
{
    [Theory]
    [InlineData(true, false, null, "U1 is now a moderator here.")]
    [InlineData(true, true, "a configured moderator", "Nothing to do: U1 is already a moderator here (a configured moderator).")]
    [InlineData(true, true, null, "Nothing to do: U1 is already a moderator here.")]
    [InlineData(false, false, null, "U1 is no longer a moderator here.")]
    [InlineData(false, true, null, "Nothing to do: U1 is not a moderator added with /watch mod add.")]
    public void Changed_SaysWhatHappened(bool added, bool alreadySo, string? builtIn, string expected)
    {
        var reply = new ModeratorChanged("U1", added, alreadySo, builtIn).ToReply();

        Assert.Equal(expected, PlainText.Of(reply.Lines));
        Assert.Contains(new UserTextPart("U1", TextStyle.Code), reply.Lines[0].Parts);
    }

    [Fact]
    public void Listed_ShowsEveryIdAsCode()
    {
        var reply = new ModeratorsListed(["U1", "U2"], ["U3"], "members with Manage Server").ToReply();

        Assert.Equal("Moderators here — configured: U1, U2; added with /watch mod add: U3. Moderators are members with Manage Server.", PlainText.Of(reply.Lines));
        var parts = reply.Lines.SelectMany(l => l.Parts).ToList();
        Assert.Equal(["U1", "U2", "U3"], parts.OfType<UserTextPart>().Where(p => p.Style == TextStyle.Code).Select(p => p.Value));
        Assert.DoesNotContain(parts, p => p is PersonPart);
    }

    [Fact]
    public void Listed_WithNoneAdded_SaysSo()
    {
        var reply = new ModeratorsListed([], [], "members with Manage Server").ToReply();

        Assert.Equal("Moderators here — none added with /watch mod add. Moderators are members with Manage Server.", PlainText.Of(reply.Lines));
    }
}
