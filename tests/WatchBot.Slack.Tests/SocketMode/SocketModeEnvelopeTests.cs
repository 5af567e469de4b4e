using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack.SocketMode;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Envelopes over a real WebSocket: handled off the receive loop, acked by id, with payload only where accepted.</summary>
public sealed class SocketModeEnvelopeTests
{
    private static readonly TimeSpan Wait = SocketModeHarness.Wait;

    [Fact]
    public async Task Envelopes_OfEveryType_AreHandledAndAckedByEnvelopeId()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();
        var slash = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("start Movie night"));
        var click = await h.Server.SendEnvelopeAsync(SocketModeFrames.BlockAction("watch_ready", "s-1"));
        var mention = await h.Server.SendEnvelopeAsync(SocketModeFrames.AppMention("<@U222> hey"));

        foreach (var id in new[] { slash, click, mention })
        {
            Assert.Equal(id, (await h.Server.WaitForAckAsync(id, Wait)).EnvelopeId);
        }

        var calls = h.Handler.Calls;
        Assert.Equal(["events_api", "interactive", "slash_commands"], calls.Select(c => c.Type).Order(StringComparer.Ordinal));
        Assert.Equal("start Movie night", calls.Single(c => c.Type == "slash_commands").Payload.GetProperty("text").GetString());
        Assert.Equal("watch_ready", calls.Single(c => c.Type == "interactive").Payload.GetProperty("actions")[0].GetProperty("action_id").GetString());
        Assert.Empty(h.Server.OtherMessages);
    }

    [Fact]
    public async Task SlashCommand_AckCarriesTheHandlersPayload()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();
        h.Handler.Answer = (_, _) => Task.FromResult<JsonObject?>(new JsonObject { ["response_type"] = "ephemeral", ["text"] = "Started." });

        var id = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("start"));

        var ack = await h.Server.WaitForAckAsync(id, Wait);
        Assert.NotNull(ack.Payload);
        Assert.Equal("Started.", ack.Payload["text"]!.GetValue<string>());
        Assert.Equal("ephemeral", ack.Payload["response_type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("interactive")]
    [InlineData("events_api")]
    public async Task EnvelopeNotAcceptingAPayload_GetsABareAck_EvenWhenTheHandlerReturnsOne(string type)
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();
        h.Handler.Answer = (_, _) => Task.FromResult<JsonObject?>(new JsonObject { ["text"] = "should not be sent" });
        var envelope = type == "interactive" ? SocketModeFrames.BlockAction("watch_pause", "s-1") : SocketModeFrames.AppMention("hi");

        var id = await h.Server.SendEnvelopeAsync(envelope);

        var ack = await h.Server.WaitForAckAsync(id, Wait);
        Assert.Null(ack.Payload);
        Assert.Single(h.Handler.Calls);
    }

    [Fact]
    public async Task SlowHandler_IsAckedBareBeforeTheDeadline_AndNotAgainWhenItFinishes()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        await using var h = await SocketModeHarness.StartConnectedAsync(clock);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<JsonObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.Answer = (_, payload) =>
        {
            if (payload.GetProperty("text").GetString() != "slow")
            {
                return Task.FromResult<JsonObject?>(null);
            }

            entered.TrySetResult();
            return release.Task;
        };

        var slow = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("slow"));
        await entered.Task.WaitAsync(Wait);
        Assert.Empty(h.Server.Acks);

        clock.Advance(h.Options.HandlerBudget);
        var ack = await h.Server.WaitForAckAsync(slow, Wait);

        Assert.Null(ack.Payload);
        Assert.True(ack.Elapsed <= TimeSpan.FromSeconds(3), $"acked after {ack.Elapsed}");
        release.SetResult(new JsonObject { ["text"] = "too late" });
        var next = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("fast"));
        await h.Server.WaitForAckAsync(next, Wait);
        Assert.Single(h.Server.Acks, a => a.EnvelopeId == slow);
        Assert.Contains(h.Logs.Lines, l => l.EventId == 5309);
    }

    [Fact]
    public async Task ThrowingHandler_IsStillAcked_AndTheLoopKeepsHandling()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();
        h.Handler.Answer = (_, payload) => payload.GetProperty("text").GetString() == "boom"
            ? throw new InvalidOperationException("handler bug")
            : Task.FromResult<JsonObject?>(new JsonObject { ["text"] = "fine" });

        var failing = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("boom"));
        var failedAck = await h.Server.WaitForAckAsync(failing, Wait);
        var next = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("after"));
        var nextAck = await h.Server.WaitForAckAsync(next, Wait);

        Assert.Null(failedAck.Payload);
        Assert.Equal("fine", nextAck.Payload!["text"]!.GetValue<string>());
        Assert.Equal(2, h.Handler.Calls.Count);
        Assert.Contains(h.Logs.Lines, l => l.EventId == 5308 && l.Exception!.Contains("handler bug", StringComparison.Ordinal));
        Assert.Equal(1, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task RedeliveredEnvelope_IsHandledOnce_ButAckedEachTime()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();
        var envelope = SocketModeFrames.SlashCommand("start");
        var id = await h.Server.SendEnvelopeAsync(envelope);
        await h.Server.WaitForAckAsync(id, Wait);

        await h.Server.SendEnvelopeAsync(SocketModeFrames.Redelivery(envelope, retryAttempt: 1));
        await h.Server.WaitUntilAsync(s => s.Acks.Count(a => a.EnvelopeId == id) == 2, Wait);

        Assert.Single(h.Handler.Calls);
    }

    [Fact]
    public async Task MalformedAndUnknownFrames_AreIgnored_AndUnknownEnvelopeTypesAckedUnhandled()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();
        await h.Server.SendFrameAsync(new JsonObject { ["no_type"] = true });
        await h.Server.SendFrameAsync(new JsonObject { ["type"] = "goodbye" });
        var odd = await h.Server.SendEnvelopeAsync(SocketModeFrames.Envelope("future_type", [], acceptsResponsePayload: false));
        var real = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("status"));

        await h.Server.WaitForAckAsync(odd, Wait);
        await h.Server.WaitForAckAsync(real, Wait);
        Assert.Equal(["slash_commands"], h.Handler.Calls.Select(c => c.Type));
        Assert.Equal(1, h.Server.ConnectionCount);
    }
}
