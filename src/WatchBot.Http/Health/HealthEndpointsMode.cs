namespace WatchBot.Http.Health;

/// <summary>When <c>/healthz/live</c> and <c>/healthz/ready</c> are served (<c>Http:Health</c>).</summary>
public enum HealthEndpointsMode
{
    /// <summary>Whenever the inbound server runs for something else (platform HTTP endpoints, the calendar feed). The default.</summary>
    Auto,

    /// <summary>Always: the inbound server runs for them alone if nothing else needs it (a gateway-only bot or the shell in a container).</summary>
    Always,

    /// <summary>Never.</summary>
    Off,
}
