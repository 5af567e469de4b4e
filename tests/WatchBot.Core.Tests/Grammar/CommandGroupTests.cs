using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>
/// Sub-commands Discord shows inside a group (<c>/watch mod kick</c>, <c>/watch me my-data</c>) are
/// typed either way, and a group typed alone says what it holds.
/// </summary>
public sealed class CommandGroupTests
{
    [Theory]
    [InlineData("/watch kick @bob")]
    [InlineData("/watch mod kick @bob")]
    [InlineData("/watch MOD kick user:@bob")]
    public void Kick_IsTypedWithOrWithoutTheModGroup(string typed)
    {
        var parsed = CommandParser.Parse(typed);

        Assert.True(parsed.IsSuccess, parsed.IsSuccess ? "" : parsed.Error.Message);
        Assert.Equal("@bob", Assert.IsType<KickCommand>(parsed.Command).User);
    }

    [Fact]
    public void TheGroupsMembers_AreTheirOwnCommands_AndModsVerbsStayVerbs()
    {
        Assert.IsType<MyDataCommand>(CommandParser.Parse("/watch me my-data").Command);
        Assert.IsType<RemindersCommand>(CommandParser.Parse("/watch me reminders off").Command);
        Assert.IsType<UnbanCommand>(CommandParser.Parse("/watch mod unban @bob").Command);
        Assert.Equal(ModVerb.Add, Assert.IsType<ModCommand>(CommandParser.Parse("/watch mod add @bob").Command).Verb);
    }

    [Fact]
    public void AGroupTypedAlone_SaysWhatItHolds()
    {
        var parsed = CommandParser.Parse("/watch me");

        Assert.False(parsed.IsSuccess);
        Assert.Equal("/watch me needs what: reminders, my-data or forget-me.", parsed.Error.Message);
        Assert.StartsWith("/watch reminders", parsed.Error.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclarationUnderNoGroup_OrAGroupOfOne_IsRefused()
    {
        var orphan = new SubCommand("wave", "wave", "/watch wave", [], _ => ParseResult.Success(new MyDataCommand())) { Under = "nowhere" };
        var lonely = new SubCommand("wave", "wave", "/watch wave", [], _ => ParseResult.Success(new MyDataCommand())) { Under = "solo" };

        Assert.Throws<ArgumentException>(() => new CommandRegistry([orphan]));
        Assert.Throws<ArgumentException>(() => new CommandRegistry([lonely], [new CommandGroup("solo", "just one")]));
    }
}
