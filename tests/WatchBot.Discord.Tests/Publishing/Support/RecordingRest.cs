using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Tests.Publishing.Support;

/// <summary>A hand-written Discord REST fake: records each call in arrival order, answers as told, can hold every call until opened.</summary>
internal sealed class RecordingRest : IDiscordRestClient
{
    private readonly ConcurrentQueue<RestCall> _calls = new();
    private int _nextId = 1000;

    /// <summary>Completed to let calls through; completed from the start unless <paramref name="held"/>.</summary>
    public RecordingRest(bool held = false)
    {
        if (!held)
        {
            Open.SetResult();
        }
    }

    public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>An answer for a call instead of "200 with a new id", or null for the default.</summary>
    public Func<DiscordRoute, DiscordResult?> Answer { get; set; } = _ => null;

    /// <summary>The bucket wait reported for a route (zero unless told).</summary>
    public Func<DiscordRoute, TimeSpan> Wait { get; set; } = _ => TimeSpan.Zero;

    public IReadOnlyList<RestCall> Calls => [.. _calls];

    /// <summary>Calls to channel messages only (no interaction webhooks).</summary>
    public IReadOnlyList<RestCall> MessageCalls => [.. _calls.Where(c => c.Path.StartsWith("/channels/", StringComparison.Ordinal))];

    public async Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken)
    {
        _calls.Enqueue(new RestCall(route.Method.Method, route.Path, body?.DeepClone()));
        await Open.Task.WaitAsync(cancellationToken);
        return Answer(route) ?? Ok(Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public TimeSpan BucketWait(DiscordRoute route) => Wait(route);

    public static DiscordResult Ok(string id) => new(200, 0, Json($"{{\"id\":\"{id}\"}}"));

    public static DiscordResult Error(int status, int code) => new(status, code, Json($"{{\"code\":{code}}}"));

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
