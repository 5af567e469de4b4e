using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>The store refused a second live session in one channel (the last line of that rule).</summary>
public sealed class LiveSessionConflictException : Exception
{
    public LiveSessionConflictException()
    {
    }

    public LiveSessionConflictException(string message)
        : base(message)
    {
    }

    public LiveSessionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LiveSessionConflictException(ChannelAddress channel, Exception? innerException = null)
        : base($"Another session is already live in {channel}.", innerException)
    {
    }
}
