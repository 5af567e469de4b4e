using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;
using WatchBot.Http;

namespace WatchBot.Calendar;

/// <summary>A feed's URL as subscribers reach it: <c>{Http:PublicBaseUrl}/calendar/{secret}.ics</c>.</summary>
internal sealed class PublicFeedAddress(IOptions<HttpServerOptions> options) : ICalendarFeedAddress
{
    public Uri? UrlOf(string secret) =>
        HttpServerOptions.PublicBase(options.Value.PublicBaseUrl) is { } root ? new Uri(root, $"calendar/{secret}.ics") : null;
}
