using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

/// <summary><c>/watch ban</c> and <c>unban</c> in the common grammar: durations of days, a cleaned and capped reason, polite errors.</summary>
public sealed class BanCommandParserTests
{
    [Theory]
    [InlineData("/watch ban user:@bob duration:7d reason:spoilers", "@bob", 7 * 24 * 60, "spoilers")]
    [InlineData("/watch ban @bob", "@bob", null, null)]
    [InlineData("/watch ban user:bob duration:forever", "bob", null, null)]
    [InlineData("/watch ban user:bob duration:2w", "bob", 14 * 24 * 60, null)]
    [InlineData("/watch ban user:bob duration:1d12h", "bob", 36 * 60, null)]
    [InlineData("/watch ban user:bob duration:30m reason:\"  lots   of\ttabs \"", "bob", 30, "lots of tabs")]
    [InlineData("/watch ban user:<@U012ABCDEF|bob> duration:12H", "<@U012ABCDEF|bob>", 12 * 60, null)]
    public void Parse_Ban_ReadsWhoHowLongAndWhy(string typed, string user, int? minutes, string? reason)
    {
        var result = CommandParser.Parse(typed);

        Assert.True(result.IsSuccess, result.Error?.Message);
        TimeSpan? length = minutes is { } m ? TimeSpan.FromMinutes(m) : null;
        Assert.Equal(new BanCommand(user, length, reason), result.Command);
    }

    [Fact]
    public void Parse_Unban_ReadsWho()
    {
        Assert.Equal(new UnbanCommand("@bob"), CommandParser.Parse("/watch unban user:@bob").Command);
        Assert.Equal(new UnbanCommand("bob"), CommandParser.Parse("/watch unban bob").Command);
    }

    [Theory]
    [InlineData("/watch ban", "user:")]
    [InlineData("/watch unban", "user:")]
    [InlineData("/watch ban user:bob duration:7x", "7d, 2w, 12h, 1d12h or forever")]
    [InlineData("/watch ban user:bob duration:12h7d", "7d, 2w")]
    [InlineData("/watch ban user:bob duration:400d", "at most 365 days")]
    [InlineData("/watch ban user:bob duration:0d", "7d, 2w")]
    [InlineData("/watch ban user:bob duration:99999999d", "7d, 2w")]
    public void Parse_BadBan_ExplainsWithAWorkingExample(string typed, string mentioned)
    {
        var error = Expect.ParseFailure(CommandParser.Parse(typed));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("/watch ", error.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_IsCapped_WithoutSplittingAnEmoji()
    {
        var typed = new string('a', BanReason.MaxLength - 2) + "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧";

        var reason = BanReason.Of(typed)!;

        Assert.EndsWith("👨‍👩‍👧…", reason, StringComparison.Ordinal);
        Assert.Null(BanReason.Of(" \u200B\n "));
    }

    [Fact]
    public void FromOptions_DiscordsShape_IsTheSameCommand()
    {
        var result = CommandParser.FromOptions("ban", new Dictionary<string, string>
        {
            ["user"] = "2000000000000000009", ["duration"] = "7d", ["reason"] = "spoilers",
        });

        Assert.Equal(new BanCommand("2000000000000000009", TimeSpan.FromDays(7), "spoilers"), result.Command);
    }
}
