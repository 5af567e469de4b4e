using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>
/// A sub-command nobody declared is bad input with a suggestion, from every entry point: typed
/// (shell), typed without <c>/watch</c> (Slack's text), structured (Discord's options). Never help.
/// </summary>
public sealed class UnknownSubCommandTests
{
    public static TheoryData<string, Func<string, ParseResult>> EntryPoints() => new()
    {
        { "shell", name => CommandParser.Parse("/watch " + name) },
        { "slack", name => CommandParser.Parse(name) },
        { "discord", name => CommandParser.FromOptions(name, new Dictionary<string, string>()) },
    };

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Mistyped_SaysWhichWasMeant_WithAWorkingExample(string entry, Func<string, ParseResult> parse)
    {
        var error = Expect.ParseFailure(parse("strat"));

        Assert.Contains("Did you mean start?", error.Message, StringComparison.Ordinal);
        Assert.Equal("/watch start", error.Example);
        Assert.NotNull(entry);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void NothingClose_ListsEverySubCommand_AndPointsAtHelp(string entry, Func<string, ParseResult> parse)
    {
        var error = Expect.ParseFailure(parse("juggle"));

        Assert.All(CommandCatalog.All, s => Assert.Contains(s.Name, error.Message, StringComparison.Ordinal));
        Assert.Equal("/watch help", error.Example);
        Assert.NotNull(entry);
    }

    [Fact]
    public void Structured_MistypedWithOptions_ShowsTheCommandItMeant()
    {
        var options = new Dictionary<string, string> { ["title"] = "The Matrix", ["in"] = "10s" };

        var error = Expect.ParseFailure(CommandParser.FromOptions("strat", options));

        Assert.Equal("/watch start title:\"The Matrix\" in:10s", error.Example);
    }
}
