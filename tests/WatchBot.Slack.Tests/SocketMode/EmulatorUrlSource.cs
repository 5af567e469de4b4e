using System.Collections.Concurrent;
using WatchBot.Emulators.Slack.SocketMode;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>
/// Stands in for <c>apps.connections.open</c>: a fresh emulator URL per call, optionally failing the
/// first calls with an error that (carelessly) quotes the app token and a connection URL.
/// </summary>
internal sealed class EmulatorUrlSource(SlackSocketModeServer server) : ISocketModeUrlSource
{
    public const string AppToken = "xapp-1-A111-222-SECRETAPPTOKEN0123456789";

    private readonly ConcurrentQueue<Uri> _issued = new();
    private int _calls;

    public int FailFirst { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyCollection<Uri> Issued => _issued;

    public Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= FailFirst)
        {
            throw new HttpRequestException(
                $"POST apps.connections.open with Authorization: Bearer {AppToken} failed; last url wss://wss-primary.slack.com/link/?ticket=SECRETTICKET&app_id=A111");
        }

        var url = server.NewConnectionUrl();
        _issued.Enqueue(url);
        return Task.FromResult(url);
    }
}
