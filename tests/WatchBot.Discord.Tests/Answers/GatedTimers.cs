using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>The host's timers, with every arming held until the test opens <see cref="Gate"/> (a slow job store).</summary>
internal sealed class GatedTimers(ITimers inner, TaskCompletionSource gate) : ITimers
{
    public TaskCompletionSource Gate { get; } = gate;

    public async Task ArmAsync(AggregateTimer timer, CancellationToken cancellationToken)
    {
        await Gate.Task.WaitAsync(cancellationToken);
        await inner.ArmAsync(timer, cancellationToken);
    }

    public Task DisarmAsync(AggregateKey aggregate, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken) =>
        inner.DisarmAsync(aggregate, kinds, cancellationToken);
}
