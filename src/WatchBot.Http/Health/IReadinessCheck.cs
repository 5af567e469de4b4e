namespace WatchBot.Http.Health;

/// <summary>
/// One thing <c>/healthz/ready</c> waits for: the database answering, a platform's socket connected.
/// Registered by whatever owns the thing; the endpoint knows nothing else about it.
/// </summary>
public interface IReadinessCheck
{
    /// <summary>A short fixed name the ready answer lists while this is not ready (<c>database</c>, <c>discord</c>); never a secret or an address.</summary>
    string Name { get; }

    /// <summary>True when ready now. May throw or be slow: the endpoint counts both as not ready.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
