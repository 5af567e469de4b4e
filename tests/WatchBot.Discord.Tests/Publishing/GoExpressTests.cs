using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Discord.Tests.Publishing.Support;
using WatchBot.Platform.Outbound;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Publishing;

/// <summary>
/// A GO that goes as a follow-up on a button's token is not held behind channel posts waiting for the
/// global 50/s: those hold the kit's ordinary workers, the follow-up has express workers of its own.
/// </summary>
public sealed class GoExpressTests
{
    [Fact]
    public async Task GoOnAButtonToken_IsSent_WhileEveryWorkerWaitsForTheGlobalLimit()
    {
        await using var crowd = await CrowdedPublisher.StartAsync();

        await crowd.Publisher.PublishAsync(crowd.Fans, new ChannelView { Announcements = [Go()] }, CancellationToken.None);

        var followUp = await crowd.Rest.FollowUpAsync();
        Assert.Equal($"/webhooks/{PublisherUnderTest.ApplicationId}/fan-token", followUp);
        Assert.Equal(2, crowd.Rest.ChannelCalls);

        await crowd.OpenTheLimitAsync();
        Assert.Equal(3, crowd.Rest.ChannelCalls);
    }

    [Fact]
    public async Task ALateStartOnAButtonToken_IsSentAsAFollowUp_WhileEveryWorkerWaitsForTheGlobalLimit()
    {
        await using var crowd = await CrowdedPublisher.StartAsync();

        // The notice as the rules make it when the GO timer fired 8 s late: the line, the card, and the
        // withdrawal of the GO arranged ahead (nothing is arranged on Discord: it must not hold the line).
        var late = new LateStart(Sessions.In(SessionPhase.Playing, channel: "300"), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)).ToChannel();
        Assert.NotEmpty(late.Withdraw);
        await crowd.Publisher.PublishAsync(crowd.Fans, late, CancellationToken.None);

        var followUp = await crowd.Rest.FollowUpAsync();
        Assert.Equal($"/webhooks/{PublisherUnderTest.ApplicationId}/fan-token", followUp);
        Assert.Equal(2, crowd.Rest.ChannelCalls);
        Assert.Contains("started 8s ago", Assert.Single(crowd.Rest.FollowUpBodies), StringComparison.Ordinal);

        await crowd.OpenTheLimitAsync();
        Assert.Single(crowd.Rest.FollowUpBodies);
    }

    private static ChannelView Says(string text) => new() { Announcements = [new Announcement(ViewLine.Of(new TextPart(text)))] };

    private static Announcement Go() => new(ViewLine.Of(new TextPart("GO!"))) { Key = "go:s1" };

    /// <summary>
    /// A publisher with two ordinary workers, both held by channel posts waiting for the global limit
    /// and a third post behind them, and a fan's button token in channel 300.
    /// </summary>
    private sealed class CrowdedPublisher : IAsyncDisposable
    {
        private CrowdedPublisher(GlobalHeldRest rest, DiscordChannelPublisher publisher)
        {
            Rest = rest;
            Publisher = publisher;
        }

        public GlobalHeldRest Rest { get; }

        public DiscordChannelPublisher Publisher { get; }

        public ChannelAddress Fans { get; } = PublisherUnderTest.Channel("300");

        public static async Task<CrowdedPublisher> StartAsync()
        {
            var time = new FakeTimeProvider(TestTime.Start);
            var rest = new GlobalHeldRest();
            var buttons = new ButtonTokens(time);
            var webhooks = new WebhookSends(rest, new AnsweredCards(time), new CardTokens(time), buttons, Options.Create(new DiscordOptions()), NullLogger<WebhookSends>.Instance);
            var publisher = new DiscordChannelPublisher(
                new DiscordMessenger(rest, NullLogger<DiscordMessenger>.Instance, webhooks: webhooks),
                new DiscordCannotPostNote(rest),
                new DiscordCauseBook(time),
                new MemoryPlatformLinks(),
                time,
                new KitOptions { Workers = 2, ExpressWorkers = 1 },
                NullLogger<ViewPublisher>.Instance);
            var crowd = new CrowdedPublisher(rest, publisher);

            // Two channels' posts take both workers and wait for the global limit; a third waits behind them.
            foreach (var channel in new[] { "201", "202", "203" })
            {
                await publisher.PublishAsync(PublisherUnderTest.Channel(channel), Says("Reminder"), CancellationToken.None);
            }

            await rest.ChannelCallsAsync(2);
            buttons.Remember(crowd.Fans, new DiscordSendCause(Snowflake.Parse(PublisherUnderTest.ApplicationId), "fan-token"));
            return crowd;
        }

        /// <summary>Lets the held channel posts go and waits until the kit has sent everything.</summary>
        public async Task OpenTheLimitAsync()
        {
            Rest.Global.SetResult();
            await Publisher.Kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
        }

        public async ValueTask DisposeAsync()
        {
            await Publisher.DisposeAsync();
            Rest.Dispose();
        }
    }

    /// <summary>Channel routes wait until <see cref="Global"/> opens (the global limit spent); interaction routes answer at once.</summary>
    private sealed class GlobalHeldRest : IDiscordRestClient, IDisposable
    {
        private readonly ConcurrentQueue<string> _followUps = new();
        private readonly ConcurrentQueue<string> _followUpBodies = new();
        private readonly SemaphoreSlim _followUp = new(0);
        private readonly SemaphoreSlim _channel = new(0);
        private int _channelCalls;

        public TaskCompletionSource Global { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int ChannelCalls => Volatile.Read(ref _channelCalls);

        /// <summary>What each interaction-route send carried, in order.</summary>
        public IReadOnlyList<string> FollowUpBodies => [.. _followUpBodies];

        public void Dispose()
        {
            _followUp.Dispose();
            _channel.Dispose();
        }

        public async Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken)
        {
            if (route.IsInteraction)
            {
                _followUpBodies.Enqueue(body?.ToJsonString() ?? string.Empty);
                _followUps.Enqueue(route.Path);
                _followUp.Release();
                return RecordingRest.Ok("900");
            }

            Interlocked.Increment(ref _channelCalls);
            _channel.Release();
            await Global.Task.WaitAsync(cancellationToken);
            return RecordingRest.Ok("901");
        }

        public async Task ChannelCallsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _channel.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None), "the channel posts never started");
            }
        }

        public async Task<string> FollowUpAsync()
        {
            Assert.True(await _followUp.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None), "the GO follow-up waited behind the channel posts");
            return Assert.Single(_followUps);
        }
    }
}
