using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Slack.SocketMode;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Inbound;

/// <summary>The Socket Mode seam: the same command mapping, answered in the ack payload.</summary>
public sealed class SlackEnvelopeHandlerTests
{
    [Fact]
    public async Task SlashCommandEnvelope_IsAnsweredInTheAckPayload()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        var handler = bot.Host.Services.GetRequiredService<ISocketModeEnvelopeHandler>();
        var envelope = JsonDocument.Parse(Fixtures.Read("slack_socket_mode_envelope_slash_commands_docs_example.json")).RootElement;
        var payload = JsonDocument.Parse(envelope.GetProperty("payload").GetRawText().Replace("/randorilke", "/watch", StringComparison.Ordinal).Replace("\"text\": \"\"", "\"text\": \"help\"", StringComparison.Ordinal)).RootElement;

        var ack = await handler.HandleAsync("slash_commands", payload, CancellationToken.None);

        Assert.Equal("ephemeral", (string?)ack!["response_type"]);
        Assert.Contains("/watch start", (string?)ack["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCommandName_GetsAPoliteAnswer()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        var handler = bot.Host.Services.GetRequiredService<ISocketModeEnvelopeHandler>();
        var payload = JsonDocument.Parse(Fixtures.Read("slack_socket_mode_envelope_slash_commands_docs_example.json")).RootElement.GetProperty("payload");

        var ack = await handler.HandleAsync("slash_commands", payload, CancellationToken.None);

        Assert.Contains("/watch help", (string?)ack!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedEnvelopes_AreAcknowledgedWithoutThrowing()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        var handler = bot.Host.Services.GetRequiredService<ISocketModeEnvelopeHandler>();

        var badCommand = await handler.HandleAsync("slash_commands", JsonDocument.Parse("[1]").RootElement, CancellationToken.None);
        var badClick = await handler.HandleAsync("interactive", JsonDocument.Parse("{\"type\":\"block_actions\"}").RootElement, CancellationToken.None);
        var anEvent = await handler.HandleAsync("events_api", JsonDocument.Parse("{}").RootElement, CancellationToken.None);

        Assert.Contains("incomplete", (string?)badCommand!["text"], StringComparison.Ordinal);
        Assert.Null(badClick);
        Assert.Null(anEvent);
    }
}
