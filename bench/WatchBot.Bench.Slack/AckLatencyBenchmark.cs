using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Bench.Common;
using WatchBot.Emulators.Slack;
using WatchBot.Http;
using WatchBot.Slack.Inbound;

namespace WatchBot.Bench.Slack;

/// <summary>
/// Signed <c>/watch status</c> slash commands at 500/s and 2,000/s against the real bot (HTTP
/// transport, SQLite, Web API on the emulator) and against <see cref="BareVerifyEndpoint"/>.
/// </summary>
internal static class AckLatencyBenchmark
{
    private const string Secret = "bench-signing-secret";

    public static async Task RunAsync(TimeSpan perRate)
    {
        await using var slack = await SlackApiEmulator.StartAsync();
        var folder = Directory.CreateTempSubdirectory("watchbot-bench-slack-").FullName;
        using var bot = WatchBotHost.Create(
        [
            "--Slack:Transport=http",
            "--Slack:SigningSecret=" + Secret,
            "--Slack:BotToken=xoxb-bench",
            "--Slack:ApiBaseUrl=" + slack.ApiBaseUrl,
            "--Http:Urls=http://127.0.0.1:0",
            "--Shell:Enabled=false",
            "--Logging:LogLevel:Default=Error",
            "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
        ]);
        await bot.StartAsync();
        await using var bare = await BareVerifyEndpoint.StartAsync(Secret);
        var botAddress = bot.Services.GetRequiredService<InboundHttpServer>().Addresses[0];
        using var client = OpenLoopLoad.LoopbackClient();

        Console.WriteLine($"Slack slash-command acknowledgement latency, open loop over loopback, {perRate.TotalSeconds:F0} s per rate, {Environment.ProcessorCount} cores");
        await BareComparison.RunAsync(
            perRate,
            (rate, duration) => Run("bare verify-only endpoint", client, bare.Address, rate, duration),
            (rate, duration) => Run("WatchBot /slack/commands", client, botAddress, rate, duration));
        await bot.StopAsync();
    }

    private static Task<LatencyReport> Run(string name, HttpClient client, Uri target, int rate, TimeSpan duration) =>
        OpenLoopLoad.RunAsync(
            name,
            client,
            i => SignedStatus(target, i),
            response => response.IsSuccessStatusCode,
            rate,
            duration);

    /// <summary>A slash command as Slack sends it: form-encoded, signed over the raw bytes. One channel per 100 requests.</summary>
    private static HttpRequestMessage SignedStatus(Uri target, int i)
    {
        var form = string.Create(CultureInfo.InvariantCulture,
            $"team_id=T0BENCH&team_domain=bench&channel_id=C{i % 100:D4}&channel_name=bench&user_id=U{i % 1000:D4}&user_name=u&command=%2Fwatch&text=status&api_app_id=A0&response_url=https%3A%2F%2Fhooks.slack.invalid%2F1&trigger_id={i}.1.x");
        var body = Encoding.UTF8.GetBytes(form);
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "slack/commands"))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackRequestVerifier.Sign(Secret, timestamp, body));
        return request;
    }
}
