using System.Collections.Concurrent;
using System.Threading.Channels;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Platform.Outbound;

namespace WatchBot.Platform.Tests.Support;

/// <summary>
/// A platform that records every call the kit makes, in order, and can be told to hold a channel's
/// calls (a slow or throttled platform), answer a call otherwise, or refuse to cancel an arranged post.
/// Tests wait for calls with <see cref="NextAsync"/>: an event, never a sleep.
/// </summary>
public sealed class FakeMessenger : IPlatformMessenger, IAheadPoster
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<MessengerCall> _calls = new();
    private readonly Channel<MessengerCall> _started = Channel.CreateUnbounded<MessengerCall>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private int _ids;
    private int _maxPerChannel;
    private int _now;
    private int _maxAtOnce;

    public string Platform => "fake";

    public IReadOnlyList<MessengerCall> Calls => [.. _calls];

    /// <summary>Answers a call instead of "sent"; return null to answer as usual.</summary>
    public Func<MessengerCall, SendResult?>? Answer { get; set; }

    /// <summary>Which announcements bypass the shared ceiling (express sends); none unless set.</summary>
    public Func<string, bool>? Bypasses { get; set; }

    /// <summary>What <see cref="CancelAsync"/> says: true, cancelled in time; false, it went out already.</summary>
    public bool CancelSucceeds { get; set; } = true;

    /// <summary>The most calls ever in flight in one channel at once (the kit must keep it at 1).</summary>
    public int MaxInFlightPerChannel => Volatile.Read(ref _maxPerChannel);

    /// <summary>The most calls ever in flight at once across channels.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxAtOnce);

    /// <summary>Holds every call to <paramref name="channelId"/> until the returned source is completed.</summary>
    public TaskCompletionSource Hold(string channelId)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held[channelId] = gate;
        return gate;
    }

    /// <summary>The next call the kit started, in order.</summary>
    public Task<MessengerCall> NextAsync() => _started.Reader.ReadAsync().AsTask().WaitAsync(Patience, TimeProvider.System);

    public Task<SendResult> PostAsync(ChannelAddress channel, Announcement announcement, CancellationToken cancellationToken) =>
        CallAsync(new MessengerCall("post", channel, Plain.Of(announcement.Lines)));

    public Task<SendResult> PostCardAsync(ChannelAddress channel, Card card, CancellationToken cancellationToken) =>
        CallAsync(new MessengerCall("post-card", channel, Plain.Of(card.Lines)));

    public Task<SendResult> EditCardAsync(ChannelAddress channel, string messageId, Card card, CancellationToken cancellationToken) =>
        CallAsync(new MessengerCall("edit-card", channel, Plain.Of(card.Lines), messageId));

    public bool BypassesSharedLimit(ChannelAddress channel, Announcement announcement) =>
        Bypasses?.Invoke(Plain.Of(announcement.Lines)) == true;

    public Task<SendResult> ArrangeAsync(ChannelAddress channel, AnnouncementAhead ahead, CancellationToken cancellationToken) =>
        CallAsync(new MessengerCall("arrange", channel, Plain.Of(ahead.Announcement.Lines)));

    public async Task<bool> CancelAsync(ChannelAddress channel, string handle, CancellationToken cancellationToken)
    {
        await CallAsync(new MessengerCall("cancel", channel, handle));
        return CancelSucceeds;
    }

    private async Task<SendResult> CallAsync(MessengerCall call)
    {
        var inChannel = _inFlight.AddOrUpdate(call.Channel.ChannelId, 1, (_, n) => n + 1);
        Raise(ref _maxPerChannel, inChannel);
        Raise(ref _maxAtOnce, Interlocked.Increment(ref _now));
        _calls.Enqueue(call);
        _started.Writer.TryWrite(call);
        try
        {
            if (_held.TryGetValue(call.Channel.ChannelId, out var gate))
            {
                await gate.Task;
            }

            return Answer?.Invoke(call) ?? SendResult.Sent("m" + Interlocked.Increment(ref _ids));
        }
        finally
        {
            Interlocked.Decrement(ref _now);
            _inFlight.AddOrUpdate(call.Channel.ChannelId, 0, (_, n) => n - 1);
        }
    }

    private static void Raise(ref int max, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, value, seen) != seen)
        {
        }
    }
}
