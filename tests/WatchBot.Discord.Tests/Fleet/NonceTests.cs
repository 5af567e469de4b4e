using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Outbox;
using WatchBot.Platform.Outbound;
using WatchBot.Testing;
using static WatchBot.Discord.Tests.Publishing.Support.Sessions;

namespace WatchBot.Discord.Tests.Fleet;

/// <summary>
/// Idempotent creates: an outbox entry's messages carry its delivery key as Discord's nonce, and a
/// second create with the same nonce (a re-send after a crash between send and mark) is one message.
/// </summary>
public sealed class NonceTests : IAsyncLifetime
{
    private DiscordApiEmulator _api = null!;

    public async Task InitializeAsync() => _api = await DiscordApiEmulator.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Emulator_ARepeatedEnforcedNonce_AnswersTheFirstMessage_AndCreatesNothing()
    {
        using var client = Client();

        var first = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("GO!", "wb1z", enforce: true), CancellationToken.None);
        var second = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("GO!", "wb1z", enforce: true), CancellationToken.None);

        Assert.Equal(200, second.Status);
        Assert.Equal(first.Id, second.Id);
        Assert.Single(_api.CreatedIn("77"));
        Assert.Equal(1, _api.NonceRepeats);
    }

    [Fact]
    public async Task Emulator_ANonceWithoutEnforce_OrAfterTheWindow_CreatesAgain()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        await using var api = await DiscordApiEmulator.StartAsync(time);
        using var client = Client(api);

        var plain1 = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("a", "n1", enforce: false), CancellationToken.None);
        var plain2 = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("a", "n1", enforce: false), CancellationToken.None);
        var kept = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("b", "n2", enforce: true), CancellationToken.None);
        time.Advance(api.NonceWindow);
        var later = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("b", "n2", enforce: true), CancellationToken.None);
        var tooLong = await client.SendAsync(DiscordRoute.CreateMessage(new Snowflake(77)), Body("c", new string('x', 26), enforce: true), CancellationToken.None);

        Assert.NotEqual(plain1.Id, plain2.Id);
        Assert.NotEqual(kept.Id, later.Id);
        Assert.Equal(400, tooLong.Status);
        Assert.Equal(4, api.CreatedIn("77").Count);
    }

    [Fact]
    public async Task AnOutboxEntrySentTwice_IsOneMessageAtDiscord_UnderItsKey()
    {
        using var client = Client();
        var time = new FakeTimeProvider(TestTime.Start);
        await using var publisher = new DiscordChannelPublisher(
            new DiscordMessenger(client, NullLogger<DiscordMessenger>.Instance),
            new DiscordCannotPostNote(client),
            new DiscordCauseBook(time),
            new MemoryPlatformLinks(),
            time,
            new DiscordOptions().Kit(),
            NullLogger<ViewPublisher>.Instance);
        var channel = Publishing.Support.PublisherUnderTest.Channel();
        var view = new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.Zero).ToChannel() with { DeliveryKey = OutboxDeliveryKey.For(1234567) };

        // The first instance sent it and died before marking it; the survivor sends the same entry again.
        await publisher.PublishAsync(channel, view, CancellationToken.None);
        await publisher.Kit.WaitIdleAsync(CancellationToken.None);
        await publisher.PublishAsync(channel, view, CancellationToken.None);
        await publisher.Kit.WaitIdleAsync(CancellationToken.None);

        var go = _api.Calls.Where(c => c.Method == "POST" && c.Content.Contains("GO!", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, go.Count);
        Assert.Equal([false, true], go.Select(c => c.Repeated));
        Assert.All(go, c => Assert.Equal("wbqglj", c.Json!["nonce"]!.GetValue<string>()));
        Assert.All(go, c => Assert.True(c.Json!["enforce_nonce"]!.GetValue<bool>()));
        Assert.Single(_api.CreatedIn("77"), c => c.Content.Contains("GO!", StringComparison.Ordinal));
    }

    [Fact]
    public void DeliveryKey_IsShortStableAndDistinct()
    {
        Assert.Equal("wb0", OutboxDeliveryKey.For(0));
        Assert.Equal("wbqglj", OutboxDeliveryKey.For(1234567));
        Assert.True(OutboxDeliveryKey.For(long.MaxValue).Length <= WatchBot.Discord.Rendering.DiscordMessage.MaxNonceLength);
        Assert.NotEqual(OutboxDeliveryKey.For(35), OutboxDeliveryKey.For(36));
    }

    private DiscordRestClient Client(DiscordApiEmulator? api = null) => new(
        Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = (api ?? _api).BaseUrl.ToString() }),
        TimeProvider.System,
        NullLogger<DiscordRestClient>.Instance);

    private static JsonObject Body(string content, string nonce, bool enforce)
    {
        var body = new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() }, ["nonce"] = nonce };
        if (enforce)
        {
            body["enforce_nonce"] = true;
        }

        return body;
    }
}
