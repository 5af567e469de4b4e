using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>An aggregate a commit changes beside its session was saved by another writer since it was read: nothing was applied.</summary>
public sealed class AggregateVersionConflictException : Exception
{
    public AggregateVersionConflictException()
    {
    }

    public AggregateVersionConflictException(string message)
        : base(message)
    {
    }

    public AggregateVersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AggregateVersionConflictException(AggregateKey aggregate, long expectedVersion)
        : base($"{aggregate} is no longer at version {expectedVersion}.")
    {
    }
}
