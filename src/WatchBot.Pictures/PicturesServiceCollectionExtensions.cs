using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WatchBot.Engine.Ports;

namespace WatchBot.Pictures;

/// <summary>Registers the SkiaSharp picture renderer in place of the engine's text-only default.</summary>
public static class PicturesServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotPictures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PictureOptions>().Bind(configuration.GetSection(PictureOptions.SectionName));
        services.Replace(ServiceDescriptor.Singleton<IPictureRenderer, SkiaPictureRenderer>());
        return services;
    }
}
