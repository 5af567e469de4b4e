using System.Buffers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WatchBot.Http;

namespace WatchBot.Platform.Inbound;

/// <summary>
/// The base of a platform's signed HTTP endpoints: each request's body is read once (at most
/// <paramref name="maxBodyBytes"/>; more is a 413, like Kestrel's own limit), checked by the
/// platform's <see cref="IRequestVerifier"/> before anything is parsed, and answered 401 when the
/// signature is missing, malformed, stale or wrong. Only a verified body reaches the handler, which
/// answers 400 for input it cannot read (<see cref="SignedRequest.Json"/>, <see cref="SignedRequest.Form"/>);
/// whatever still escapes is <c>InboundGuard</c>'s 400, never a 500.
/// </summary>
public abstract class SignedRequestEndpoints(IRequestVerifier verifier, long maxBodyBytes) : IHttpEndpointModule
{
    public abstract void Map(IEndpointRouteBuilder endpoints);

    /// <summary>A request was refused with a 401: log it in the platform's words (never the body).</summary>
    protected abstract void OnRefused(SignedRequest request, SignatureCheck check);

    /// <summary>
    /// Maps <c>POST <paramref name="path"/></c> to <paramref name="handle"/>, behind the signature check.
    /// <paramref name="beforeCheck"/> may answer first a request the platform sends unsigned (Slack's
    /// <c>ssl_check</c>); it must not act on anything.
    /// </summary>
    protected void MapSigned(
        IEndpointRouteBuilder endpoints,
        string path,
        Func<SignedRequest, Task<IResult>> handle,
        Func<SignedRequest, IResult?>? beforeCheck = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // A plain RequestDelegate, not a Delegate: minimal APIs' RequestDelegateFactory would compile an
        // expression tree per endpoint at start-up and load System.Linq.Expressions and the form-binding
        // converters with it (README "Footprint"). The handler's IResult is executed here instead.
        endpoints.MapPost(path, context => AnswerAsync(context, handle, beforeCheck));
    }

    private async Task AnswerAsync(HttpContext context, Func<SignedRequest, Task<IResult>> handle, Func<SignedRequest, IResult?>? beforeCheck)
    {
        var result = await HandleAsync(context, handle, beforeCheck);
        await result.ExecuteAsync(context);
    }

    private async Task<IResult> HandleAsync(HttpContext context, Func<SignedRequest, Task<IResult>> handle, Func<SignedRequest, IResult?>? beforeCheck)
    {
        var request = new SignedRequest(context, await ReadBodyAsync(context.Request));
        if (beforeCheck?.Invoke(request) is { } early)
        {
            return early;
        }

        var check = verifier.Verify(context.Request.Headers, request.Body.Span);
        if (check != SignatureCheck.Valid)
        {
            OnRefused(request, check);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        return await handle(request);
    }

    private async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            throw TooLarge();
        }

        // Discord and Slack declare the length: read straight into an array of that size (Kestrel
        // holds the body to it, and a body cut short is its 400), with no buffer to grow or copy.
        if (request.ContentLength is { } declared)
        {
            var body = new byte[declared];
            var filled = 0;
            int got;
            while (filled < body.Length && (got = await request.Body.ReadAsync(body.AsMemory(filled), request.HttpContext.RequestAborted)) > 0)
            {
                filled += got;
            }

            return filled == body.Length ? body : body[..filled];
        }

        return await ReadChunkedAsync(request);
    }

    /// <summary>A body of undeclared length, in pooled chunks, up to the limit.</summary>
    private async Task<byte[]> ReadChunkedAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    // InboundGuard answers it 413 and logs it within its budget, as it does Kestrel's own.
    private static BadHttpRequestException TooLarge() =>
        new("The request body is larger than Http:MaxRequestBodyBytes.", StatusCodes.Status413PayloadTooLarge);
}
