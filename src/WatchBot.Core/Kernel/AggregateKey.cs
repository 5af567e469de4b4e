namespace WatchBot.Core.Kernel;

/// <summary>
/// Names one aggregate a feature owns (a session, later a poll or a series): its kind and its id.
/// Timers and saved changes carry it, so the engine routes them without knowing the feature.
/// </summary>
/// <param name="Kind">The feature's stored name for the aggregate (<c>session</c>): add kinds, never rename them.</param>
/// <param name="Id">The aggregate's id inside its kind.</param>
public sealed record AggregateKey(string Kind, string Id)
{
    public override string ToString() => $"{Kind}/{Id}";
}
