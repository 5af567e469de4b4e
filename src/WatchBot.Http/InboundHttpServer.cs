using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WatchBot.Http;

/// <summary>
/// Runs Kestrel with every registered <see cref="IHttpEndpointModule"/> mapped, as one hosted service
/// of the main host. With no module (the shell, or gateway and Socket Mode only) it listens nowhere.
/// </summary>
public sealed class InboundHttpServer(
    IEnumerable<IHttpEndpointModule> modules,
    IOptions<HttpServerOptions> options,
    TimeProvider time,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses actually bound (a port 0 becomes the one chosen); empty when not running.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var mapped = modules.ToList();
        if (!mapped.Any(m => m.StartsServer))
        {
            return;
        }

        ThreadPoolFloor.Raise(options.Value.MinThreads);
        // The empty builder, not the slim one: this server's settings come from Http:* of the main
        // host, so it needs no configuration sources, logging providers, host filtering or forwarded
        // headers of its own (each a set of assemblies and types loaded at start; README "Footprint").
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseUrls(options.Value.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
            k.Limits.MinRequestBodyDataRate = new MinDataRate(240, options.Value.RequestBodyTimeout);
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);

        var app = builder.Build();
        var perMinute = options.Value.RefusalWarningsPerMinute;
        var guard = new InboundGuard(
            new LogBudget(time, perMinute, TimeSpan.FromMinutes(1)),
            new LogBudget(time, perMinute, TimeSpan.FromMinutes(1)),
            loggerFactory.CreateLogger<InboundHttpServer>());
        app.Use(guard.InvokeAsync);
        foreach (var module in mapped)
        {
            module.Map(app);
        }

        await app.StartAsync(cancellationToken);
        _app = app;
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Addresses = [.. bound.Select(a => new Uri(a.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)))];
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
