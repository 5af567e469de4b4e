using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WatchBot.Emulators.Fuzz;
using WatchBot.Http;
using WatchBot.Slack.Tests.Fuzz;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// Oversized bodies (413) and bodies that stop arriving (408) cost at most a few warnings: no
/// error-level line, no stack trace, however many arrive. Anyone can send them without a key.
/// </summary>
public sealed class RefusedRequestLoggingTests
{
    private const int WarningsPerMinute = 3;

    [Fact]
    public async Task ManyOversizedAndStalledRequests_LogNoErrors_AndAtMostABoundedNumberOfWarnings()
    {
        var logs = new LogCapture();
        await using var bot = await SlackHttpHost.StartAsync(
            SlackFuzz.CaptureLogs(logs),
            "--Http:MaxRequestBodyBytes=4096",
            "--Http:RequestBodyTimeout=00:00:01.500",
            "--Http:RefusalWarningsPerMinute=" + WarningsPerMinute);
        var address = bot.Host.Services.GetRequiredService<InboundHttpServer>().Addresses[0];

        var oversized = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var body = new ByteArrayContent(new byte[64 * 1024]);
            try
            {
                using var response = i % 2 == 0
                    ? await bot.Sender.Http.PostAsync("slack/events", body)
                    : await bot.Sender.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new StreamContent(new MemoryStream(new byte[64 * 1024])) });
                return response.StatusCode;
            }
            catch (HttpRequestException ex) when (ex.InnerException is IOException)
            {
                // The server answered 413 and closed while this client was still uploading the rest:
                // its right (it will not read 60 KiB it refuses); on a loaded machine the client can
                // see the close before the answer.
                return (HttpStatusCode?)null;
            }
        }));
        var stalled = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StallAsync(address)));

        Assert.All(oversized, s => Assert.True(s is null or HttpStatusCode.RequestEntityTooLarge, $"{s}"));
        Assert.Contains(oversized, s => s == HttpStatusCode.RequestEntityTooLarge);
        Assert.All(stalled, s => Assert.True(s.StartsWith("HTTP/1.1 408", StringComparison.Ordinal) || s.Length == 0, s));
        var entries = logs.Entries;
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(entries, e => e.Exception is not null);
        Assert.InRange(entries.Count(e => e.Level == LogLevel.Warning), 1, 2 * WarningsPerMinute);
    }

    /// <summary>Sends headers promising a body, a few bytes of it, then nothing; returns the status line (or "" if the server just closed).</summary>
    private static async Task<string> StallAsync(Uri address)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var head = $"POST /slack/events HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"type\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // The server's verdict ends the wait: a 408 and a close. The limit only guards a hung test.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer, limit.Token);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }
}
