using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>Lines of one batch key gathering in one channel, and the timer that ends its window.</summary>
internal sealed class OpenBatch(ChannelAddress channel, string key, SendCause? cause)
{
    public ChannelAddress Channel { get; } = channel;

    public string Key { get; } = key;

    public SendCause? Cause { get; } = cause;

    public List<ViewLine> Lines { get; } = [];

    public ITimer? Timer { get; set; }
}
