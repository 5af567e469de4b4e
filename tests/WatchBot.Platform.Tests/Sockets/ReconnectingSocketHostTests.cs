using WatchBot.Emulators;
using WatchBot.Platform.Resilience;
using WatchBot.Platform.Sockets;
using WatchBot.Platform.Tests.Sockets.Support;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Sockets;

/// <summary>
/// The reconnecting host over real WebSockets on loopback: a scripted server plays each connection,
/// a small line protocol judges it, and the manual clock moves only when the host is seen waiting.
/// Backoff 1 s … 4 s with jitter 0.5: waits of 0.75 s, 1.5 s, 3 s, 3 s … after 1, 2, 3, 4 … failures.
/// </summary>
public sealed class ReconnectingSocketHostTests : IDisposable
{
    private static readonly TimeSpan S075 = TimeSpan.FromSeconds(0.75);
    private static readonly TimeSpan S150 = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan S300 = TimeSpan.FromSeconds(3);

    private readonly TimerWatch _time = new(new FakeTimeProvider(TestTime.Start));
    private readonly CancellationTokenSource _stop = new();

    [Fact]
    public async Task AHealthyConnectionThatEnds_IsReplacedAtOnce()
    {
        await using var server = await ScriptedSocketServer.StartAsync(ServerStep.ReadyThenClose(), ServerStep.Hold);
        var (protocol, host, run) = Start(server);

        await protocol.NextReadyAsync();
        await protocol.NextReadyAsync();

        Assert.Equal(SocketStatus.Connected, host.Status);
        Assert.Equal([0, 0], protocol.Attempts.Select(a => a.Failures));
        Assert.Empty(protocol.Waits);
        Assert.Equal(0, _time.Unread);
        Assert.Null(await StopAsync(run));
        Assert.Equal(SocketStatus.Stopped, host.Status);
    }

    [Fact]
    public async Task Failures_BackOffLonger_AndAHealthyConnectionStartsTheCountAgain()
    {
        await using var server = await ScriptedSocketServer.StartAsync(
            ServerStep.Refuse, ServerStep.Refuse, ServerStep.CloseBeforeReady(), ServerStep.ReadyThenClose(), ServerStep.Refuse, ServerStep.Hold);
        var (protocol, host, run) = Start(server);

        await _time.PassWaitAsync(S075);
        await _time.PassWaitAsync(S150);
        await _time.PassWaitAsync(S300);
        await protocol.NextReadyAsync();
        await _time.PassWaitAsync(S075);
        await protocol.NextReadyAsync();

        Assert.Equal([0, 1, 2, 3, 0, 1], protocol.Attempts.Select(a => a.Failures));
        Assert.Equal([(S075, 1), (S150, 2), (S300, 3), (S075, 1)], protocol.Waits);
        Assert.Equal(SocketStatus.Connected, host.Status);
        Assert.Null(await StopAsync(run));
    }

    [Fact]
    public async Task ADroppedHealthyConnection_WaitsTheFreshBackoff_NotTheGrownOne()
    {
        await using var server = await ScriptedSocketServer.StartAsync(ServerStep.Refuse, ServerStep.Refuse, ServerStep.ReadyThenDrop, ServerStep.Hold);
        var (protocol, _, run) = Start(server);

        await _time.PassWaitAsync(S075);
        await _time.PassWaitAsync(S150);
        await protocol.NextReadyAsync();
        await _time.PassWaitAsync(S075);
        await protocol.NextReadyAsync();

        Assert.Equal([0, 1, 2, 0], protocol.Attempts.Select(a => a.Failures));
        Assert.Equal((S075, 0), protocol.Waits.Last());
        Assert.Null(await StopAsync(run));
    }

    [Fact]
    public async Task AFatalClose_StopsForGood_AndReturnsIt()
    {
        await using var server = await ScriptedSocketServer.StartAsync(ServerStep.ReadyThenClose(LineProtocol.FatalCode));
        var (protocol, host, run) = Start(server);

        var fatal = await run.WaitAsync(EmulatorAssembly.Patience);

        Assert.NotNull(fatal);
        Assert.Equal(SocketNext.Fatal, fatal.Next);
        Assert.Equal(LineProtocol.FatalCode, fatal.CloseCode);
        Assert.Equal(SocketStatus.Stopped, host.Status);
        Assert.Single(protocol.Attempts);
        Assert.Equal(0, _time.Unread);
        _time.Clock.Advance(TimeSpan.FromHours(1));
        await server.NextAttemptAsync();
        Assert.Equal(0, server.Unread);
    }

    [Fact]
    public async Task ABugInTheProtocol_IsReported_AndCountsAsAFailedAttempt()
    {
        await using var server = await ScriptedSocketServer.StartAsync(ServerStep.ReadyThenBoom, ServerStep.Hold);
        var (protocol, _, run) = Start(server);

        await protocol.NextReadyAsync();
        await _time.PassWaitAsync(S075);
        await protocol.NextReadyAsync();

        var (exception, retry) = Assert.Single(protocol.Failures);
        Assert.IsType<InvalidOperationException>(exception);
        Assert.Equal(S075, retry);
        Assert.Equal([0, 1], protocol.Attempts.Select(a => a.Failures));
        Assert.Null(await StopAsync(run));
    }

    [Fact]
    public async Task Stopping_DuringABackoff_EndsAtOnce()
    {
        await using var server = await ScriptedSocketServer.StartAsync(ServerStep.Refuse);
        var (protocol, host, run) = Start(server);
        Assert.Equal(S075, await _time.NextTimerAsync());

        Assert.Null(await StopAsync(run));

        Assert.Single(protocol.Attempts);
        Assert.Equal(SocketStatus.Stopped, host.Status);
    }

    [Fact]
    public void BeforeItRuns_TheStatusIsNotStarted() =>
        Assert.Equal(SocketStatus.NotStarted, new ReconnectingSocketHost(new LineProtocol(new Uri("ws://127.0.0.1:9/")), Backoff(), new FixedJitter(0.5), _time).Status);

    public void Dispose() => _stop.Dispose();

    private static Backoff Backoff() => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));

    private (LineProtocol Protocol, ReconnectingSocketHost Host, Task<SocketOutcome?> Run) Start(ScriptedSocketServer server)
    {
        var protocol = new LineProtocol(server.Url);
        var host = new ReconnectingSocketHost(protocol, Backoff(), new FixedJitter(0.5), _time);

        // Off the test's synchronization context, as a hosted service runs it.
        return (protocol, host, Task.Run(() => host.RunAsync(_stop.Token)));
    }

    private async Task<SocketOutcome?> StopAsync(Task<SocketOutcome?> run)
    {
        await _stop.CancelAsync();
        return await run.WaitAsync(EmulatorAssembly.Patience);
    }
}
