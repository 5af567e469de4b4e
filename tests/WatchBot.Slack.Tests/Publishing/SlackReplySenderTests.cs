using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Sessions;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Api;
using WatchBot.Slack.Publishing;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Publishing;

/// <summary>Answers for one person: ephemeral messages in order, and the invite note where the bot is not a member.</summary>
public sealed class SlackReplySenderTests
{
    [Fact]
    public async Task Answers_GoOutEphemerally_AndANotInChannelRefusalTellsThePersonToInvite()
    {
        await using var slack = await SlackApiEmulator.StartAsync();
        using var api = new SlackWebApiClient(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = slack.ApiBaseUrl.ToString() }), TimeProvider.System, NullLogger<SlackWebApiClient>.Instance);
        var outbox = new SlackOutbox();
        var responseUrls = new ResponseUrlBook(new FakeTimeProvider(TestTime.Start));
        using var note = new SlackCannotPostNote(NullLogger<SlackCannotPostNote>.Instance);
        using var sender = new SlackReplySender(outbox, api, responseUrls, note, NullLogger<SlackReplySender>.Instance);
        var member = new ChannelAddress("slack", "T1", "C1");
        var stranger = new ChannelAddress("slack", "T1", "C9");
        slack.FailChannel("C9", "not_in_channel");
        responseUrls.Remember(stranger, slack.ResponseUrl("cmd-9").ToString());
        await sender.StartAsync(CancellationToken.None);

        outbox.Enqueue(new EphemeralItem(member, "U1", "Noted: 🔥 at 0:01:02."));
        outbox.Enqueue(new EphemeralItem(stranger, "U2", "Paused."));
        await slack.WaitForAsync(_ => slack.ResponseUrlPosts.Count > 0);
        await sender.StopAsync(CancellationToken.None);

        var answer = Assert.Single(slack.CallsOf("chat.postEphemeral"), c => c.Ok);
        Assert.Equal("U1", (string?)answer.Body["user"]);
        Assert.Equal("Noted: 🔥 at 0:01:02.", answer.Text);
        Assert.Contains("/invite @WatchBot", (string?)Assert.Single(slack.ResponseUrlPosts)["text"], StringComparison.Ordinal);
    }
}
