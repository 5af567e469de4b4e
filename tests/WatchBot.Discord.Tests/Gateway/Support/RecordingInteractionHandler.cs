using System.Collections.Concurrent;
using System.Text.Json;
using WatchBot.Discord.Gateway;

namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>Records every interaction; can throw or block on demand to prove the gateway loop survives.</summary>
internal sealed class RecordingInteractionHandler : IGatewayInteractionHandler
{
    private readonly ConcurrentQueue<JsonElement> _received = new();

    /// <summary>Throw for interactions whose <c>id</c> is in here.</summary>
    public ConcurrentDictionary<string, bool> ThrowFor { get; } = new();

    /// <summary>When set, each call waits for it before returning.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public IReadOnlyList<JsonElement> Received => [.. _received];

    public async Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        _received.Enqueue(interaction);
        var id = interaction.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
        if (ThrowFor.ContainsKey(id))
        {
            throw new InvalidOperationException("handler failed on purpose");
        }

        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }
    }
}
