using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WatchBot.Platform.Inbound;

namespace WatchBot.Platform.Tests.Inbound;

/// <summary>
/// A platform's endpoints in miniature: <c>/echo</c> answers the JSON body's <c>type</c> (400 when the
/// body is no JSON object); a form with <c>ping=1</c> is answered before the signature check.
/// </summary>
internal sealed class EchoEndpoints(IRequestVerifier verifier, long maxBodyBytes) : SignedRequestEndpoints(verifier, maxBodyBytes)
{
    public ConcurrentQueue<SignatureCheck> Refused { get; } = new();

    public ConcurrentQueue<byte[]> Handled { get; } = new();

    public override void Map(IEndpointRouteBuilder endpoints) =>
        MapSigned(endpoints, "/echo", HandleAsync, request => request.Field("ping") == "1" ? Results.Text("pong") : null);

    protected override void OnRefused(SignedRequest request, SignatureCheck check) => Refused.Enqueue(check);

    private Task<IResult> HandleAsync(SignedRequest request)
    {
        Handled.Enqueue(request.Body.ToArray());
        using var json = request.Json();
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Object
            || !json.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return Task.FromResult(Results.BadRequest("Expected a JSON object with a type."));
        }

        return Task.FromResult(Results.Text("type:" + type.GetString()));
    }
}
