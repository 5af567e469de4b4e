using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Records every envelope handed over and answers as the test scripts it (default: null).</summary>
internal sealed class ScriptedEnvelopeHandler : ISocketModeEnvelopeHandler
{
    private readonly ConcurrentQueue<(string Type, JsonElement Payload)> _calls = new();

    public Func<string, JsonElement, Task<JsonObject?>> Answer { get; set; } = (_, _) => Task.FromResult<JsonObject?>(null);

    public IReadOnlyList<(string Type, JsonElement Payload)> Calls => [.. _calls];

    public Task<JsonObject?> HandleAsync(string type, JsonElement payload, CancellationToken cancellationToken)
    {
        _calls.Enqueue((type, payload));
        return Answer(type, payload);
    }
}
