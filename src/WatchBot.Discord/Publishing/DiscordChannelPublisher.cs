using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Events;
using WatchBot.Engine.Ports;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The Discord <see cref="IChannelPublisher"/>: the kit's <see cref="ViewPublisher"/> over
/// <see cref="DiscordMessenger"/>. It queues and returns at once; announcements go before a card edit
/// waiting in the same channel, cards are posted once and edited (<c>card:{key}</c> in the platform
/// links), reaction lines are batched (at most 20 lines a message), and a refused post is explained
/// to whoever ran the last command in that channel. A booking's listing keeps its Guild Scheduled Event
/// in step (<see cref="DiscordEventKeeper"/>), in the channel's order. Nothing is arranged ahead: Discord cannot post
/// by itself later, so a GO is posted when it comes.
/// </summary>
internal sealed class DiscordChannelPublisher : IChannelPublisher, IAsyncDisposable
{
    public DiscordChannelPublisher(
        DiscordMessenger messenger,
        DiscordCannotPostNote note,
        DiscordCauseBook causes,
        IPlatformLinks links,
        TimeProvider time,
        IOptions<DiscordOptions> options,
        ILogger<ViewPublisher> logger,
        DiscordEventKeeper events)
        : this(messenger, note, causes, links, time, options?.Value.Kit() ?? throw new ArgumentNullException(nameof(options)), logger, events)
    {
    }

    /// <summary>With the kit's settings given directly (tests: one worker makes the order across channels exact).</summary>
    internal DiscordChannelPublisher(
        DiscordMessenger messenger,
        DiscordCannotPostNote note,
        DiscordCauseBook causes,
        IPlatformLinks links,
        TimeProvider time,
        KitOptions kit,
        ILogger<ViewPublisher> logger,
        DiscordEventKeeper? events = null)
    {
        Kit = new ViewPublisher(messenger, links, time, kit, logger, ahead: null, note, causes, events);
    }

    /// <summary>The kit doing the work (for benchmarks and tests waiting for quiet).</summary>
    public ViewPublisher Kit { get; }

    public string Platform => Kit.Platform;

    /// <summary>
    /// Queues <paramref name="view"/> without its withdrawals: nothing was arranged ahead here, so there
    /// is nothing to withdraw, and a withdrawal queued in front of a late start ("started 8s ago", which
    /// withdraws the GO it replaces) would hold that start in the ordinary line, behind every channel
    /// waiting for the global 50/s, when it could go as a follow-up on a button's token at once.
    /// </summary>
    public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Kit.PublishAsync(channel, view.Withdraw.Count == 0 ? view : view with { Withdraw = [] }, cancellationToken);
    }

    public ValueTask DisposeAsync() => Kit.DisposeAsync();
}
