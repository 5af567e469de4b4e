using Microsoft.Extensions.Configuration;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// This process's name among the instances sharing a database: <c>Scheduling:InstanceId</c>, the one
/// Quartz uses too, or when that is <c>AUTO</c> (the default) the host name and a random suffix, made
/// once here and handed to Quartz, so that the scheduler, the outbox leases and the fleet's shares of
/// the Discord budget all name the process the same way.
/// </summary>
public sealed class FleetInstance
{
    /// <summary>The setting that names the instance (shared with the scheduler).</summary>
    public const string SettingKey = "Scheduling:InstanceId";

    /// <summary>The value of <see cref="SettingKey"/> that asks for a generated name.</summary>
    public const string Auto = "AUTO";

    private const int MaxHostLength = 60;

    public FleetInstance(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The name: unique among the live instances of a deployment.</summary>
    public string Id { get; }

    /// <summary>Whether the name was generated (<c>AUTO</c>): a restarted process gets a new one.</summary>
    public bool Generated { get; private init; }

    /// <summary>The instance named by <paramref name="configuration"/>, or a generated name.</summary>
    public static FleetInstance From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[SettingKey];
        return string.IsNullOrWhiteSpace(configured) || string.Equals(configured, Auto, StringComparison.OrdinalIgnoreCase)
            ? Generate()
            : new FleetInstance(configured);
    }

    /// <summary>
    /// The host name (a container's id under Docker) and a random suffix: random rather than a
    /// timestamp, so two processes on one host, or one restarted at once, never share a name.
    /// </summary>
    public static FleetInstance Generate()
    {
        var host = Environment.MachineName;
        if (host.Length > MaxHostLength)
        {
            host = host[..MaxHostLength];
        }

        return new FleetInstance(host + "-" + Guid.NewGuid().ToString("N")[..12]) { Generated = true };
    }

    public override string ToString() => Id;
}
