using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Http;
using WatchBot.Testing;

namespace WatchBot.Calendar.Tests.Support;

/// <summary>
/// The real WatchBot host (real SQLite file, real Quartz, the one inbound HTTP server on loopback) with
/// the calendar's public address set, one fake clock, and series from memory. Commands go in through
/// the host's own dispatcher; feeds are fetched over HTTP.
/// </summary>
internal sealed class CalendarHarness : IAsyncDisposable
{
    public const string PublicBase = "https://watch.example.com/bot";

    public static readonly ChannelAddress Lounge = new("test", "guild-1", "lounge");

    private readonly string _folder;

    private CalendarHarness(string folder, IHost host, FakeTimeProvider time, MemorySeriesStore series, Uri server)
    {
        _folder = folder;
        Host = host;
        Time = time;
        Series = series;
        Http = new HttpClient { BaseAddress = server };
    }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public MemorySeriesStore Series { get; }

    public HttpClient Http { get; }

    public static async Task<CalendarHarness> StartAsync(params string[] extra)
    {
        var folder = Path.Combine(Path.GetTempPath(), "watchbot-calendar-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var time = new FakeTimeProvider(TestTime.Start);
        var series = new MemorySeriesStore();
        string[] args =
        [
            "--Shell:Enabled=false",
            "--Http:Urls=http://127.0.0.1:0",
            $"--Http:PublicBaseUrl={PublicBase}",
            $"--Storage:SqlitePath={Path.Combine(folder, "w.db")}",
            $"--Scheduling:SqlitePath={Path.Combine(folder, "q.db")}",
            .. extra,
        ];
        var host = WatchBot.WatchBotHost.Create(args, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<ISeriesStore>(series);
        });
        await host.StartAsync();
        var server = host.Services.GetRequiredService<InboundHttpServer>();
        Assert.NotEmpty(server.Addresses);
        return new CalendarHarness(folder, host, time, series, server.Addresses[0]);
    }

    /// <summary>Runs <paramref name="typed"/> (shell grammar, without <c>/watch</c>) in <paramref name="channel"/> as alice.</summary>
    public async Task<CommandOutcome> RunAsync(string typed, bool moderator = true, ChannelAddress? channel = null)
    {
        var parsed = CommandRegistry.Default.Parse(typed);
        Assert.True(parsed.IsSuccess, $"{typed}: {parsed.Error?.Message}");
        var actor = new Actor(new UserRef("test", "u-alice", "Alice Secretname"), moderator);
        var request = new CommandRequest(channel ?? Lounge, actor, parsed.Command!, new TestModerators());
        return await Host.Services.GetRequiredService<CommandDispatcher>().HandleAsync(request, CancellationToken.None);
    }

    /// <summary>The server path of a feed URL handed out with the public base.</summary>
    public static string PathOf(string url)
    {
        Assert.StartsWith(PublicBase + "/calendar/", url, StringComparison.Ordinal);
        return url[PublicBase.Length..];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        Host.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the OS cleans temp.
        }
    }
}
