using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WatchBot.Bench.Common;

/// <summary>A minimal Kestrel app on 127.0.0.1 with a free port and no logging, for the bare endpoints benchmarks compare against.</summary>
public sealed class LoopbackWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackWebApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Builds the app, lets <paramref name="map"/> add its endpoints, and starts it.</summary>
    public static async Task<LoopbackWebApp> StartAsync(Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackWebApp(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
