namespace WatchBot.Engine.Diagnostics;

/// <summary>
/// The instruments of the <c>WatchBot</c> meter, named once (the README lists them). Tags never carry
/// user data: platform names, command names, route templates and outcomes only.
/// </summary>
public static class MetricNames
{
    public const string Meter = "WatchBot";

    /// <summary>Observable gauge, {session}: sessions counting down, playing or paused.</summary>
    public const string LiveSessions = "watchbot.sessions.live";

    /// <summary>Counter, {command}: commands handled, tags platform, command, outcome (done, refused, invalid, error).</summary>
    public const string Commands = "watchbot.commands";

    /// <summary>Counter, {request}: platform REST requests answered, tags platform, route (template), status (HTTP code).</summary>
    public const string RestRequests = "watchbot.rest.requests";

    /// <summary>Counter, {response}: 429 answers among them, tags platform, route.</summary>
    public const string RestRateLimited = "watchbot.rest.rate_limited";

    /// <summary>Observable gauge, {send}: sends queued, in flight or gathering in a batch, tag platform.</summary>
    public const string OutboundQueueDepth = "watchbot.outbound.queue.depth";

    /// <summary>Histogram, ms: from a GO's instant to when it was handed to its platform's publisher, tag platform.</summary>
    public const string GoLateness = "watchbot.go.lateness";

    /// <summary>Observable gauge, {request}/s: this instance's share of the fleet's request budget, tag platform (the whole budget when alone).</summary>
    public const string FleetShare = "watchbot.fleet.share";

    /// <summary>Observable gauge, s: age of the oldest outbox entry not yet sent (0 when none waits).</summary>
    public const string OutboxOldestAge = "watchbot.outbox.oldest_age";
}
