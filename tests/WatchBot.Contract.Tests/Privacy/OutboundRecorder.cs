using System.Collections.Concurrent;
using System.Diagnostics;

namespace WatchBot.Contract.Tests.Privacy;

/// <summary>
/// Every outbound connection this process makes while it listens, however it was made: .NET's networking
/// reports each HTTP request (WebSocket handshakes included), each socket connect and each name lookup on
/// its own activity sources, whichever HttpClient, handler or ClientWebSocket made it. Process-wide, so a
/// test using it must not run beside others.
/// </summary>
internal sealed class OutboundRecorder : IDisposable
{
    private static readonly HashSet<string> Sources = new(StringComparer.Ordinal)
    {
        "System.Net.Http",
        "Experimental.System.Net.Sockets",
        "Experimental.System.Net.NameResolution",
    };

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<OutboundRecord> _records = new();

    public OutboundRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => Sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<OutboundRecord> Records => [.. _records];

    /// <summary>host:port of every HTTP request (WebSocket handshakes included).</summary>
    public IReadOnlyList<string> HttpAuthorities =>
        [.. Records.Where(r => r.Source == "System.Net.Http").Select(r => $"{r.Tag("server.address")}:{r.Tag("server.port")}").Distinct()];

    /// <summary>address and port of every socket connected.</summary>
    public IReadOnlyList<(string Address, string Port)> SocketPeers =>
        [.. Records.Where(r => r.Source == "Experimental.System.Net.Sockets").Select(r => (r.Tag("network.peer.address"), r.Tag("network.peer.port"))).Distinct()];

    /// <summary>Every name looked up.</summary>
    public IReadOnlyList<string> NamesLookedUp =>
        [.. Records.Where(r => r.Source == "Experimental.System.Net.NameResolution").Select(r => r.Tag("dns.question.name")).Distinct()];

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity) => _records.Enqueue(new OutboundRecord(
        activity.Source.Name,
        activity.OperationName,
        activity.TagObjects.ToDictionary(t => t.Key, t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal)));
}
