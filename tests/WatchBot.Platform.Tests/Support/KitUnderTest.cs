using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Platform.Outbound;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Support;

/// <summary>A <see cref="ViewPublisher"/> over a recording platform, in-memory links and a test clock.</summary>
public sealed class KitUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public KitUnderTest(KitOptions? options = null, bool canArrangeAhead = true, bool withNote = true)
    {
        Options = options ?? new KitOptions();
        Publisher = new ViewPublisher(
            Messenger,
            Links,
            Time,
            Options,
            NullLogger<ViewPublisher>.Instance,
            canArrangeAhead ? Messenger : null,
            withNote ? Note : null);
    }

    public FakeTimeProvider Time { get; } = new(TestTime.Start);

    public FakeMessenger Messenger { get; } = new();

    public MemoryPlatformLinks Links { get; } = new();

    public RecordingNote Note { get; } = new();

    public KitOptions Options { get; }

    public ViewPublisher Publisher { get; }

    public static ChannelAddress Channel(string id) => new("fake", "space", id);

    public Task PublishAsync(string channel, ChannelView view, SendCause? cause = null) =>
        Publisher.PublishAsync(Channel(channel), view, cause, CancellationToken.None);

    public Task SayAsync(string channel, string text) =>
        PublishAsync(channel, new ChannelView { Announcements = [Plain.Say(text)] });

    public Task ShowAsync(string channel, string key, string text) =>
        PublishAsync(channel, new ChannelView { Card = Plain.Card(key, text) });

    public Task IdleAsync() => Publisher.WaitIdleAsync(CancellationToken.None).WaitAsync(Patience, TimeProvider.System);

    /// <summary>The calls made in <paramref name="channel"/>, as "what: text".</summary>
    public IReadOnlyList<string> CallsIn(string channel) =>
        [.. Messenger.Calls.Where(c => c.Channel.ChannelId == channel).Select(c => $"{c.What}: {c.Text}")];

    public ValueTask DisposeAsync() => Publisher.DisposeAsync();
}
