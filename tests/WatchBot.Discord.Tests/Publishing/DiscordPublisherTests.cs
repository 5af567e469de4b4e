using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Discord.Tests.Support;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Tests.Publishing;

/// <summary>The publisher queues and returns; the session message is created once, then edited in place.</summary>
public sealed class DiscordPublisherTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private static readonly ChannelAddress Channel = new("discord", "1", "77");

    [Fact]
    public async Task PublishAsync_ReturnsWhileDiscordIsStillSlow()
    {
        var rest = new GatedRest();
        var (publisher, outbox) = Build(rest);

        var publishing = publisher.PublishAsync(Channel, new PlaybackStarted(Session(), TimeSpan.Zero).ToChannel(), CancellationToken.None);

        Assert.True(publishing.IsCompletedSuccessfully);
        rest.Open.SetResult();
        await Within.AsyncUntil(() => outbox.Pending, n => n == 0);
        await outbox.DisposeAsync();
    }

    [Fact]
    public async Task SessionMessage_IsCreatedOnceThenEdited()
    {
        var rest = new GatedRest();
        rest.Open.SetResult();
        var (publisher, outbox) = Build(rest);

        await publisher.PublishAsync(Channel, new CountdownStarted(Session(), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel(), CancellationToken.None);
        await publisher.PublishAsync(Channel, new PlaybackPaused(Session() with { Phase = SessionPhase.Paused }, TimeSpan.Zero, new UserRef("discord", "1", "a")).ToChannel(), CancellationToken.None);
        await Within.AsyncUntil(() => outbox.Pending, n => n == 0);

        Assert.Equal(["POST /channels/{channel}/messages", "POST /channels/{channel}/messages", "PATCH /channels/{channel}/messages/{message}"], rest.Routes);
        await outbox.DisposeAsync();
    }

    [Fact]
    public async Task Go_IsPostedBeforeTheSessionMessageIsEdited()
    {
        var rest = new GatedRest();
        rest.Open.SetResult();
        var (publisher, outbox) = Build(rest);
        await publisher.PublishAsync(Channel, new CountdownStarted(Session(), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel(), CancellationToken.None);
        await Within.AsyncUntil(() => outbox.Pending, n => n == 0);

        await publisher.PublishAsync(Channel, new PlaybackStarted(Session() with { Phase = SessionPhase.Playing }, TimeSpan.Zero).ToChannel(), CancellationToken.None);
        await Within.AsyncUntil(() => outbox.Pending, n => n == 0);

        Assert.Contains("GO!", rest.Contents[1], StringComparison.Ordinal);
        Assert.Equal("PATCH /channels/{channel}/messages/{message}", rest.Routes[2]);
        Assert.Contains("is playing", rest.Contents[2], StringComparison.Ordinal);
        await outbox.DisposeAsync();
    }

    [Fact]
    public async Task AStateStillWaitingInTheQueue_IsReplacedByTheNewerOne()
    {
        var rest = new GatedRest();
        var (publisher, outbox) = Build(rest);
        var paused = Session() with { Phase = SessionPhase.Paused };

        await publisher.PublishAsync(Channel, new CountdownStarted(Session(), Now.AddSeconds(10), TimeSpan.Zero, null, false).ToChannel(), CancellationToken.None);
        await publisher.PublishAsync(Channel, new PlaybackPaused(paused, TimeSpan.FromSeconds(3), new UserRef("discord", "1", "a")).ToChannel(), CancellationToken.None);
        await publisher.PublishAsync(Channel, new PlaybackStarted(Session() with { Phase = SessionPhase.Playing }, TimeSpan.FromSeconds(3)).ToChannel(), CancellationToken.None);
        rest.Open.SetResult();
        await Within.AsyncUntil(() => outbox.Pending, n => n == 0);

        Assert.Equal(4, rest.Routes.Count);
        Assert.Single(rest.Routes, r => r.StartsWith("PATCH", StringComparison.Ordinal));
        Assert.DoesNotContain(rest.Contents, c => c.Contains("is paused at", StringComparison.Ordinal));
        Assert.Contains(rest.Contents, c => c.StartsWith("⏸ Paused at", StringComparison.Ordinal));
        Assert.Contains(rest.Contents, c => c.Contains("GO!", StringComparison.Ordinal));
        Assert.Contains("is playing", rest.Contents[rest.Routes.ToList().FindIndex(r => r.StartsWith("PATCH", StringComparison.Ordinal))], StringComparison.Ordinal);
        await outbox.DisposeAsync();
    }

    private static (DiscordPublisher, DiscordOutbox) Build(IDiscordRestClient rest)
    {
        var sender = new DiscordSender(rest, new MemoryLinks(), NullLogger<DiscordSender>.Instance);
        var outbox = new DiscordOutbox(sender, NullLogger<DiscordOutbox>.Instance);
        var batcher = new ReactionBatcher(outbox, TimeProvider.System, Options.Create(new DiscordOptions()));
        return (new DiscordPublisher(outbox, batcher), outbox);
    }

    private static WatchSession Session() => new()
    {
        Id = new SessionId("s1"),
        Channel = Channel,
        Title = "Alien",
        Host = new UserRef("discord", "1", "a"),
        Phase = SessionPhase.CountingDown,
        Clock = new MediaClock(Now, TimeSpan.Zero, true, null),
        CreatedAt = Now,
        ReadyUserIds = [],
    };

    private sealed class GatedRest : IDiscordRestClient
    {
        private readonly ConcurrentQueue<(string Route, string Content)> _sent = new();

        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Routes => [.. _sent.Select(s => s.Route)];

        public IReadOnlyList<string> Contents => [.. _sent.Select(s => s.Content)];

        public async Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken)
        {
            await Open.Task.WaitAsync(cancellationToken);
            _sent.Enqueue((route.RouteKey, body?["content"]?.GetValue<string>() ?? ""));
            return new DiscordResult(200, 0, JsonDocumentElement("{\"id\":\"555\"}"));
        }

        private static System.Text.Json.JsonElement JsonDocumentElement(string json)
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
    }

    private sealed class MemoryLinks : IPlatformLinks
    {
        private readonly ConcurrentDictionary<string, string> _values = new();

        public Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken) =>
            Task.FromResult(_values.TryGetValue(platform + key, out var v) ? v : null);

        public Task SetAsync(string platform, string key, string value, CancellationToken cancellationToken)
        {
            _values[platform + key] = value;
            return Task.CompletedTask;
        }

        public Task DeleteAsync(string platform, string key, CancellationToken cancellationToken)
        {
            _values.TryRemove(platform + key, out _);
            return Task.CompletedTask;
        }
    }
}
