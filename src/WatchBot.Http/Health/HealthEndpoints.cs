using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace WatchBot.Http.Health;

/// <summary>
/// <c>/healthz/live</c> (the process answers: 200) and <c>/healthz/ready</c> (200 when every
/// <see cref="IReadinessCheck"/> passes, else 503 naming the ones that do not), GET and HEAD, for
/// orchestrators. No signature: they reveal only fixed names. Each check gets two seconds; a check
/// that throws or takes longer is not ready. Nothing is cached, so the answer is the state now.
/// </summary>
public sealed class HealthEndpoints(IEnumerable<IReadinessCheck> checks, IOptions<HttpServerOptions> options, TimeProvider time) : IHttpEndpointModule
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";

    private static readonly TimeSpan CheckPatience = TimeSpan.FromSeconds(2);
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    private readonly IReadinessCheck[] _checks = [.. checks];

    /// <summary>Alone, these start the server only when <c>Http:Health</c> is <see cref="HealthEndpointsMode.Always"/>.</summary>
    public bool StartsServer => options.Value.Health == HealthEndpointsMode.Always;

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(LivePath, Methods, context => AnswerAsync(context, StatusCodes.Status200OK, "live", []));
        endpoints.MapMethods(ReadyPath, Methods, ReadyAsync);
    }

    private async Task ReadyAsync(HttpContext context)
    {
        var results = await Task.WhenAll(_checks.Select(c => PassesAsync(c, context.RequestAborted)));
        var failing = _checks.Where((_, i) => !results[i]).Select(c => c.Name).ToList();
        await AnswerAsync(
            context,
            failing.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            failing.Count == 0 ? "ready" : "not ready",
            failing);
    }

    private async Task<bool> PassesAsync(IReadinessCheck check, CancellationToken aborted)
    {
        using var patience = new CancellationTokenSource(CheckPatience, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(patience.Token, aborted);
        try
        {
            return await check.IsReadyAsync(linked.Token).WaitAsync(CheckPatience, time, aborted);
        }
#pragma warning disable CA1031 // Whatever a check throws (timeout included) means "not ready"; the answer names it.
        catch (Exception) when (!aborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static async Task AnswerAsync(HttpContext context, int status, string summary, List<string> failing)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", summary);
        if (failing.Count > 0)
        {
            json.WriteStartArray("notReady");
            foreach (var name in failing)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
