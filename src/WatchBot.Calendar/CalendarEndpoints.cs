using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Engine.Calendar;
using WatchBot.Engine.Ports;
using WatchBot.Http;

namespace WatchBot.Calendar;

/// <summary>
/// <c>GET /calendar/{secret}.ics</c>: the space's feed. Anything that is not a live secret, whether
/// malformed, unknown or revoked, is the same empty 404: a well-formed secret is always hashed and
/// looked up once by its hash, so an unknown one and a revoked one take the same path and time.
/// </summary>
internal sealed class CalendarEndpoints(
    ICalendarFeeds feeds,
    ICalendarSource source,
    ISeriesStore series,
    IOptions<CalendarOptions> options,
    IOptions<SessionRulesOptions> sessions,
    TimeProvider time,
    ILogger<CalendarEndpoints> logger) : IHttpEndpointModule
{
    /// <summary>The media type of every feed (RFC 5545 §8.1).</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    private const string Suffix = ".ics";

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/calendar/{file}", ["GET", "HEAD"], (Delegate)((HttpContext context, string file) => ServeAsync(context, file)));

    private async Task<IResult> ServeAsync(HttpContext context, string file)
    {
        // Routing ignores a trailing slash; an address is served only as it was handed out.
        if (context.Request.Path.Value?.EndsWith('/') != false
            || !file.EndsWith(Suffix, StringComparison.Ordinal)
            || !CalendarSecret.TryHash(file[..^Suffix.Length], out var hash))
        {
            return Results.NotFound();
        }

        var cancellationToken = context.RequestAborted;
        try
        {
            if (await feeds.FindAsync(hash, cancellationToken) is not { } feed)
            {
                return Results.NotFound();
            }

            var now = time.GetUtcNow();
            var booked = await source.ListAsync(feed.Platform, feed.SpaceId, now - options.Value.CancelledKeptFor, options.Value.MaxEvents, cancellationToken);
            var nights = await series.ListActiveInSpaceAsync(feed.Platform, feed.SpaceId, cancellationToken);
            var ics = CalendarWriter.Write(booked, nights, now, sessions.Value.AssumedRuntime);

            // Calendar apps poll; a few minutes of caching costs nothing and spares the database.
            context.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(ics, ContentType, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Logged here, without the path (it holds the secret), rather than by the server's guard.
            Log.FeedFailed(logger, ex.GetType().Name, ex);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}
