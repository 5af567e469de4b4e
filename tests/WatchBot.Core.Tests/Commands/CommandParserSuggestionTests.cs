using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

/// <summary>Errors that name the obvious fix: quotes, the short duration form, the name that was meant.</summary>
public sealed class CommandParserSuggestionTests
{
    [Theory]
    [InlineData("/watch start title:The Matrix", "quotes", "/watch start title:\"The Matrix\"")]
    [InlineData("/watch start title:The Matrix in:10s", "quotes", "/watch start title:\"The Matrix\" in:10s")]
    [InlineData("/watch schedule title:Alien at:in 2h", "quotes", "/watch schedule title:Alien at:\"in 2h\"")]
    [InlineData("/watch react emoji:😂 note:that face", "quotes", "/watch react emoji:😂 note:\"that face\"")]
    [InlineData("/watch start in:5 minutes", "5m", "/watch start in:5m")]
    [InlineData("/watch start title:\"The Matrix\" in:5minutes", "5m", "/watch start title:\"The Matrix\" in:5m")]
    [InlineData("/watch start title:Alien runtime:1 hour 57 minutes", "1h57m", "/watch start title:Alien runtime:1h57m")]
    [InlineData("/watch start in:90 sec", "1m30s", "/watch start in:1m30s")]
    [InlineData("/watch resume in:3 seconds", "3s", "/watch resume in:3s")]
    [InlineData("/watch schedule title:Alien at:\"in 30 minutes 2 hours\"", "in 2h30m", "/watch schedule title:Alien at:\"in 2h30m\"")]
    [InlineData("/watch strat", "did you mean start?", "/watch start")]
    [InlineData("/watch strat title:\"The Matrix\" in:5s", "did you mean start?", "/watch start title:\"The Matrix\" in:5s")]
    [InlineData("/watch puase", "did you mean pause?", "/watch pause")]
    [InlineData("/watch stauts", "did you mean status?", "/watch status")]
    [InlineData("/watch sched title:Alien at:\"in 2h\"", "did you mean schedule?", "/watch schedule title:Alien at:\"in 2h\"")]
    [InlineData("/watch hlep", "did you mean help?", "/watch help")]
    [InlineData("/watch mdo list", "did you mean mod?", "/watch mod list")]
    [InlineData("/watch start titel:Alien", "did you mean title:?", "/watch start title:Alien")]
    [InlineData("/watch seek ot:1:00", "did you mean to:?", "/watch seek to:1:00")]
    [InlineData("/watch react emoij:😂", "did you mean emoji:?", "/watch react emoji:😂")]
    [InlineData("/watch start runtmie:2h", "did you mean runtime:?", "/watch start runtime:2h")]
    [InlineData("/watch mod ad user:@bob", "did you mean mod add?", "/watch mod list")]
    public void Parse_CommonMistake_SaysTheFixAndShowsTheCorrectedCommand(string typed, string says, string example)
    {
        var error = Expect.ParseFailure(CommandParser.Parse(typed));

        Assert.Contains(says, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(example, error.Example);
    }

    [Theory]
    [InlineData("strat", "start")]
    [InlineData("titel", "title")]
    public void FromOptions_StructuredInput_SuggestsTheNameToo(string subCommandOrOption, string meant)
    {
        var result = subCommandOrOption == "strat"
            ? CommandParser.FromOptions("strat", new Dictionary<string, string>())
            : CommandParser.FromOptions("start", new Dictionary<string, string> { ["titel"] = "Alien" });

        var error = Expect.ParseFailure(result);

        Assert.Contains($"did you mean {meant}", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/watch play")]
    [InlineData("/watch dance")]
    [InlineData("/watch x")]
    [InlineData("/watch strat")]
    [InlineData("/watch helpp")]
    public void Parse_UnknownSubCommand_IsNeverHelp(string typed)
    {
        var result = CommandParser.Parse(typed);

        Assert.False(result.IsSuccess);
        Assert.IsNotType<HelpCommand>(result.Command);
    }

    [Theory]
    [InlineData("/watch play")]
    [InlineData("/watch start colour:red")]
    [InlineData("/watch start in:soon")]
    public void Parse_NothingClose_SuggestsNothing(string typed)
    {
        var error = Expect.ParseFailure(CommandParser.Parse(typed));

        Assert.DoesNotContain("did you mean", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Write it as", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strat", "start", 1)]
    [InlineData("start", "start", 0)]
    [InlineData("stat", "start", 1)]
    [InlineData("puase", "pause", 1)]
    [InlineData("play", "pause", 4)]
    public void Distance_CountsASwapAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggest.Distance(a, b));
    }
}
