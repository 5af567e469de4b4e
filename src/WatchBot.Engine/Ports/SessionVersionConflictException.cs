using WatchBot.Core.Features.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>The session was saved by another writer since it was read: this commit was not applied.</summary>
public sealed class SessionVersionConflictException : Exception
{
    public SessionVersionConflictException()
    {
    }

    public SessionVersionConflictException(string message)
        : base(message)
    {
    }

    public SessionVersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SessionVersionConflictException(SessionId sessionId, long expectedVersion)
        : base($"Session {sessionId} is no longer at version {expectedVersion}.")
    {
    }
}
