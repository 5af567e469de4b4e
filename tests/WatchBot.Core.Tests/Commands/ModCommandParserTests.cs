using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

/// <summary><c>/watch mod add|remove|list</c> is one command of the common grammar.</summary>
public sealed class ModCommandParserTests
{
    [Theory]
    [InlineData("/watch mod list", ModVerb.List, null)]
    [InlineData("/watch mod LIST", ModVerb.List, null)]
    [InlineData("/watch mod add user:bob", ModVerb.Add, "bob")]
    [InlineData("/watch mod add user:@bob", ModVerb.Add, "@bob")]
    [InlineData("/watch mod add bob", ModVerb.Add, "bob")]
    [InlineData("/watch mod remove user:<@U012ABCDEF|bob>", ModVerb.Remove, "<@U012ABCDEF|bob>")]
    [InlineData("/watch mod action:remove user:2000000000000000009", ModVerb.Remove, "2000000000000000009")]
    public void Parse_Mod_IsAModCommand(string typed, ModVerb verb, string? user)
    {
        var result = CommandParser.Parse(typed);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ModCommand(verb, user), result.Command);
    }

    [Theory]
    [InlineData("/watch mod", "add, remove or list")]
    [InlineData("/watch mod add", "user:")]
    [InlineData("/watch mod remove", "user:")]
    [InlineData("/watch mod list user:bob", "no user")]
    [InlineData("/watch mod promote user:bob", "promote")]
    [InlineData("/watch mod add bob carol", "add, remove or list")]
    public void Parse_BadMod_ExplainsWithAWorkingExample(string typed, string mentioned)
    {
        var error = Expect.ParseFailure(CommandParser.Parse(typed));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_DiscordsGroupShape_IsTheSameCommand()
    {
        var result = CommandParser.FromOptions("mod", new Dictionary<string, string> { ["action"] = "add", ["user"] = "2000000000000000009" });

        Assert.Equal(new ModCommand(ModVerb.Add, "2000000000000000009"), result.Command);
    }
}
