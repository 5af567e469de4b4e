using WatchBot.Slack.Tests.Support;
using static WatchBot.Slack.Tests.Http.SlackHttpSessionTests;

namespace WatchBot.Slack.Tests.Http;

/// <summary>Slack's slash text goes through the same registry: a typo names the sub-command meant and changes nothing.</summary>
public sealed class SlackUnknownSubCommandTests
{
    [Fact]
    public async Task Mistyped_IsAnsweredWithTheOneMeant_AndStartsNothing()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var typo = await ReplyTextAsync(await bot.CommandAsync("strat title:Heat"));
        var status = await ReplyTextAsync(await bot.CommandAsync("status"));

        Assert.Contains("Did you mean start?", typo, StringComparison.Ordinal);
        Assert.Contains("/watch start title:Heat", typo, StringComparison.Ordinal);
        Assert.Contains("No session is running here", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_IsTheDeclaredSubCommands()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var help = await ReplyTextAsync(await bot.CommandAsync("help"));

        Assert.All(WatchBot.Core.Grammar.CommandCatalog.All, sub => Assert.Contains(sub.Summary, help, StringComparison.Ordinal));
    }
}
