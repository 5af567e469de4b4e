using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.MovieNights.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>One scheme of card action ids: written once, read back into the command and its session, old ids included.</summary>
public sealed class CardActionsTests
{
    private static readonly SessionId Id = new("abc123def456");

    [Theory]
    [InlineData(RsvpAnswer.Going)]
    [InlineData(RsvpAnswer.Maybe)]
    [InlineData(RsvpAnswer.NotGoing)]
    public void AnRsvpButton_ReadsBackAsTheCommand_BoundToItsSession(RsvpAnswer answer)
    {
        Assert.True(CardActions.TryRead(RsvpCard.ActionId(answer, Id), out var press));

        var command = Assert.IsType<RsvpCommand>(press.ToCommand().Command);
        Assert.Equal(("rsvp", Id), (press.SubCommand, press.Session));
        Assert.Equal(answer, command.Answer);
        Assert.Equal(Id, command.Session);
    }

    [Fact]
    public void TheIdsOfCardsAlreadyPosted_StillReadBack()
    {
        Assert.True(CardActions.TryRead("watch:ready:abc123def456", out var ready));
        Assert.True(CardActions.TryRead("watch:react:4:abc123def456", out var react));

        Assert.IsType<ReadyCommand>(ready.ToCommand().Command);
        Assert.Equal(SessionActions.Reactions[4], Assert.IsType<ReactCommand>(react.ToCommand().Command).Emoji);
        Assert.Equal("watch:react:4:abc123def456", SessionActions.React(4, Id));
    }

    [Fact]
    public void NamedValues_AreEncoded_AndDecoded()
    {
        var id = CardActions.Id("rsvp", Id, "maybe", "title=" + "A:B=C");

        Assert.True(CardActions.TryRead(id, out var press));
        Assert.Equal("A:B=C", press.Options["title"]);
        Assert.Equal("maybe", press.Options["answer"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("watch:ready")]
    [InlineData("other:ready:abc")]
    [InlineData("watch:launch:abc")]
    [InlineData("watch:ready:a b")]
    [InlineData("watch:rsvp:going:going:abc")]
    public void IdsThatAreNotOurs_AreNotRead(string? id)
    {
        Assert.False(CardActions.TryRead(id, out _));
    }

    [Fact]
    public void AnIdWithAValueTheGrammarRefuses_IsAnError_NotACommand()
    {
        Assert.True(CardActions.TryRead("watch:rsvp:never:abc123def456", out var press));

        Assert.False(press.ToCommand().IsSuccess);
    }
}
