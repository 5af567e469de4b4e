using System.Text.Json;
using WatchBot.Discord.Gateway.Payloads;
using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>Hello, the heartbeat and zombie detection, identify or resume.</summary>
internal sealed partial class GatewayConnection
{
    /// <summary>1 while a heartbeat is unanswered: a second beat due in that state means a zombie.</summary>
    private int _awaitingAck;

    private void OnHello(JsonElement d, bool resume)
    {
        var hello = d.ValueKind == JsonValueKind.Object ? GatewayJson.Data<HelloData>(d) : null;
        if (hello is null || hello.HeartbeatInterval <= 0)
        {
            GatewayLog.MalformedMessage(ctx.Logger, "Hello without a positive heartbeat_interval", shardId);
            RequestClose(SocketOutcome.Reconnect, GatewayCloseCodes.ClientResuming);
            return;
        }

        lock (_gate)
        {
            if (_helloReceived)
            {
                return;
            }

            _helloReceived = true;
        }

        var interval = TimeSpan.FromMilliseconds(hello.HeartbeatInterval);

        // Discord: wait interval × jitter before the first beat so a fleet of reconnecting bots spreads out.
        var first = interval * ctx.Jitter.NextFraction();
        GatewayLog.Hello(ctx.Logger, shardId, hello.HeartbeatInterval, (long)first.TotalMilliseconds);

        // Started first and synchronously up to its first timer, so the beat is armed before identify goes out.
        Track(HeartbeatLoopAsync(interval, first));
        Track(StartSessionAsync(resume));
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, TimeSpan first)
    {
        try
        {
            await Task.Delay(first, ctx.Time, _done.Token);
            while (true)
            {
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    GatewayLog.Zombie(ctx.Logger, shardId, GatewayCloseCodes.ClientResuming);
                    RequestClose(SocketOutcome.Reconnect, GatewayCloseCodes.ClientResuming);
                    return;
                }

                await SendAsync(new GatewayCommand<long?>(GatewayOpcode.Heartbeat, session.Sequence));
                await Task.Delay(interval, ctx.Time, _done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    /// <summary>Discord asked for a beat now (op 1): answer at once, outside the schedule.</summary>
    private async Task SendHeartbeatAsync()
    {
        Interlocked.Exchange(ref _awaitingAck, 1);
        await SendAsync(new GatewayCommand<long?>(GatewayOpcode.Heartbeat, session.Sequence));
    }

    private async Task StartSessionAsync(bool resume)
    {
        var token = ctx.Options.Token;
        if (resume && session.Resumable is { } stored)
        {
            await SendAsync(new GatewayCommand<ResumeData>(GatewayOpcode.Resume, new ResumeData(token, stored.SessionId, stored.Sequence)));
            return;
        }

        try
        {
            await ctx.IdentifyGate.WaitAsync(shardId, _done.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
#pragma warning disable CA1031 // Refreshing the budget calls REST, which can fail in many ways; all mean "drop this connection, retry later".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.ConnectionLost(ctx.Logger, ex, shardId);
            RequestClose(SocketOutcome.Reconnect, GatewayCloseCodes.ClientResuming);
            return;
        }

        var identify = new IdentifyData(
            token,
            GatewayIntents.None,
            new IdentifyProperties(OsName, "WatchBot", "WatchBot"),
            [shardId, ctx.ShardCount]);
        await SendAsync(new GatewayCommand<IdentifyData>(GatewayOpcode.Identify, identify));
    }

    private static string OsName =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "other";

    private async Task WatchHelloAsync()
    {
        try
        {
            await Task.Delay(ctx.Options.HelloTimeout, ctx.Time, _done.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_gate)
        {
            if (_helloReceived)
            {
                return;
            }
        }

        GatewayLog.HelloTimeout(ctx.Logger, shardId, (long)ctx.Options.HelloTimeout.TotalMilliseconds);
        RequestClose(SocketOutcome.Reconnect, GatewayCloseCodes.ClientResuming);
    }
}
