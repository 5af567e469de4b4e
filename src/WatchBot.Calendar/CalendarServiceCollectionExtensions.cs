using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Engine.Ports;
using WatchBot.Http;

namespace WatchBot.Calendar;

/// <summary>
/// Registers the calendar feed: its public address (so <c>/watch calendar</c> can hand it out) and,
/// when <c>Http:PublicBaseUrl</c> is set, its endpoint on the inbound server. Without the address
/// nothing is served, so a shell or gateway-only bot opens no port for it.
/// </summary>
public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.SectionName))
            .Validate(o => o.CancelledKeptFor >= TimeSpan.FromDays(1) && o.CancelledKeptFor <= TimeSpan.FromDays(365), "Calendar:CancelledKeptFor must be between 1.00:00:00 and 365.00:00:00.")
            .Validate(o => o.MaxEvents is >= 1 and <= 5000, "Calendar:MaxEvents must be between 1 and 5000.")
            .ValidateOnStart();
        services.AddSingleton<ICalendarFeedAddress, PublicFeedAddress>();

        var publicBase = configuration.GetSection(HttpServerOptions.SectionName)[nameof(HttpServerOptions.PublicBaseUrl)];
        if (HttpServerOptions.PublicBase(publicBase) is not null)
        {
            services.AddSingleton<IHttpEndpointModule, CalendarEndpoints>();
        }

        return services;
    }
}
