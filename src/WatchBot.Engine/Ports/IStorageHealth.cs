namespace WatchBot.Engine.Ports;

/// <summary>
/// The storage in use, seen from outside: whether it answers at all (readiness) and two cheap counts
/// for the gauges. Each provider implements it with trivial queries; nothing here reads a person's data.
/// </summary>
public interface IStorageHealth
{
    /// <summary>Runs a trivial query on a fresh connection; throws when the database cannot be reached or read.</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>Live sessions (counting down, playing or paused) and when the oldest pending outbox entry was written.</summary>
    Task<StorageVitals> SampleAsync(CancellationToken cancellationToken);
}
