using System.Threading.Channels;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.MovieNights;

/// <summary>
/// Series that may need their next occurrence booked, queued by whoever noticed (the occurrence
/// observer) for <see cref="SeriesService"/>, which books them one at a time outside any channel gate.
/// </summary>
public sealed class SeriesWakeups
{
    private readonly Channel<(ChannelAddress Channel, SeriesId Series)> _queue =
        Channel.CreateUnbounded<(ChannelAddress, SeriesId)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Asks for <paramref name="series"/> (in <paramref name="channel"/>) to be checked; never blocks.</summary>
    public void Post(ChannelAddress channel, SeriesId series) => _queue.Writer.TryWrite((channel, series));

    internal ChannelReader<(ChannelAddress Channel, SeriesId Series)> Reader => _queue.Reader;
}
