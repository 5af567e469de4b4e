using WatchBot.Core.Kernel;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>Orders timers by aggregate id and kind, so two lists of firings compare as multisets.</summary>
internal sealed class TimerOrder : IComparer<AggregateTimer>
{
    public static readonly TimerOrder Instance = new();

    public int Compare(AggregateTimer? x, AggregateTimer? y) =>
        StringComparer.Ordinal.Compare(x?.Aggregate.ToString() + "/" + x?.Kind, y?.Aggregate.ToString() + "/" + y?.Kind);
}
