using System.Text.Json.Nodes;
using WatchBot.Slack.Tests.Support;
using static WatchBot.Slack.Tests.Http.SlackHttpSessionTests;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// <c>/watch mod</c> on Slack is the common command (the engine's moderator service): the same rules
/// and answers as the shell and Discord, ephemeral, naming people by id as code, never as mentions.
/// </summary>
public sealed class SlackModCommandTests
{
    [Fact]
    public async Task ConfiguredModerator_CannotBeRemovedWithTheCommand_AndSaysWhere()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var removed = await ReplyTextAsync(await bot.CommandAsync($"mod remove user:<@{SlackHttpHost.Moderator}|mod>", user: SlackHttpHost.Moderator));
        var list = await ReplyTextAsync(await bot.CommandAsync("mod list", user: SlackHttpHost.Moderator));

        Assert.Contains("Slack:Moderators", removed, StringComparison.Ordinal);
        Assert.Contains("change it there", removed, StringComparison.Ordinal);
        Assert.Contains($"`{SlackHttpHost.Moderator}`", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_AreEphemeral_AndMentionNoOne()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        string[] commands = ["mod add user:<@U0BOB|bob>", "mod add <@U0BOB>", "mod list", "mod remove user:<@U0BOB|bob>", "mod remove user:<@U0BOB|bob>"];
        foreach (var text in commands)
        {
            var response = await bot.CommandAsync(text, user: SlackHttpHost.Moderator);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal("ephemeral", (string?)body["response_type"]);
            Assert.DoesNotContain("<@", (string?)body["text"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RefusalAndMistakes_SayWhoMayAndWhatToType()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var refused = await ReplyTextAsync(await bot.CommandAsync("mod list", user: "UALICE"));
        var plainName = await ReplyTextAsync(await bot.CommandAsync("mod add user:@bob", user: SlackHttpHost.Moderator));
        var typo = await ReplyTextAsync(await bot.CommandAsync("mdo list", user: SlackHttpHost.Moderator));
        var help = await ReplyTextAsync(await bot.CommandAsync("help"));

        Assert.Contains("Slack:Moderators", refused, StringComparison.Ordinal);
        Assert.Contains("@-mention", plainName, StringComparison.Ordinal);
        Assert.Contains("Did you mean mod?", typo, StringComparison.Ordinal);
        Assert.Contains("/watch mod add", help, StringComparison.Ordinal);
    }
}
