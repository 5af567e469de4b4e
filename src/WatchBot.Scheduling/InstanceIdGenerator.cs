using Quartz.Extensibility;

namespace WatchBot.Scheduling;

/// <summary>
/// Names this process in Quartz's cluster when <see cref="SchedulingOptions.InstanceId"/> is <c>AUTO</c>:
/// the host name (a container's id under Docker) and a random suffix. Random rather than Quartz's
/// timestamp, so two processes on one host, or one restarted at once, never share a name and never
/// take each other's claimed timers for their own.
/// </summary>
internal sealed class InstanceIdGenerator : IInstanceIdGenerator
{
    private const int MaxHostLength = 60;

    public ValueTask<string> GenerateInstanceId(CancellationToken cancellationToken = default)
    {
        var host = Environment.MachineName;
        if (host.Length > MaxHostLength)
        {
            host = host[..MaxHostLength];
        }

        return ValueTask.FromResult(host + "-" + Guid.NewGuid().ToString("N")[..12]);
    }
}
