using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

/// <summary><c>/watch settings [timezone:…]</c> is one command of the common grammar; the zone is checked by the rules.</summary>
public sealed class SettingsCommandParserTests
{
    [Theory]
    [InlineData("/watch settings", null)]
    [InlineData("/watch settings timezone:Europe/Paris", "Europe/Paris")]
    [InlineData("/watch settings timezone:\"new york\"", "new york")]
    [InlineData("/watch settings timezone:Paris", "Paris")]
    [InlineData("/watch settings TIMEZONE:utc", "utc")]
    public void Parse_Settings_IsASettingsCommand(string typed, string? zone)
    {
        var result = CommandParser.Parse(typed);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new SettingsCommand(zone), result.Command);
    }

    [Fact]
    public void Parse_AnEmptyZone_AsksForOne()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch settings timezone:\"  \""));

        Assert.Contains("needs a time zone", error.Message, StringComparison.Ordinal);
        Assert.Equal("/watch settings timezone:Europe/Paris", error.Example);
    }

    [Fact]
    public void FromOptions_DiscordsShape_IsTheSameCommand() =>
        Assert.Equal(new SettingsCommand("Asia/Tokyo"), CommandParser.FromOptions("settings", new Dictionary<string, string> { ["timezone"] = "Asia/Tokyo" }).Command);
}
