using Microsoft.Extensions.Hosting;
using WatchBot.Emulators;
using WatchBot.Platform.Sockets;

namespace WatchBot.Platform.Tests.Sockets;

public sealed class SocketHostedServiceTests
{
    private static readonly SocketOutcome Fatal = new(SocketNext.Fatal, CloseCode: 4004);

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task AFatalEnd_StopsTheHost_OnlyWhenThePlatformSaysSo(bool stops, int expectedStops)
    {
        var lifetime = new CountingLifetime();
        using var service = new TestService(lifetime, _ => Task.FromResult<SocketOutcome?>(Fatal)) { Stops = stops };

        await RunToEndAsync(service);

        Assert.Equal(expectedStops, lifetime.StopRequests);
        Assert.Equal([Fatal], service.Judged);
    }

    [Fact]
    public async Task AnOrdinaryStop_NeitherStopsTheHostNorCountsAsACrash()
    {
        var lifetime = new CountingLifetime();
        using var service = new TestService(lifetime, _ => Task.FromResult<SocketOutcome?>(null)) { Stops = true };

        await RunToEndAsync(service);

        Assert.Equal(0, lifetime.StopRequests);
        Assert.Empty(service.Judged);
        Assert.Empty(service.Crashes);
    }

    [Fact]
    public async Task ABug_IsReported_AndDoesNotEscape()
    {
        var lifetime = new CountingLifetime();
        using var service = new TestService(lifetime, _ => throw new InvalidOperationException("bug")) { Stops = true };

        await RunToEndAsync(service);

        Assert.IsType<InvalidOperationException>(Assert.Single(service.Crashes));
        Assert.Equal(0, lifetime.StopRequests);
    }

    [Fact]
    public async Task HostShutdown_EndsQuietly()
    {
        var lifetime = new CountingLifetime();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var service = new TestService(lifetime, async stopping =>
        {
            running.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, stopping);
            return null;
        });

        await service.StartAsync(CancellationToken.None);
        await running.Task.WaitAsync(EmulatorAssembly.Patience);
        await service.StopAsync(CancellationToken.None);

        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Empty(service.Crashes);
    }

    private static async Task RunToEndAsync(TestService service)
    {
        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(EmulatorAssembly.Patience);
    }

    private sealed class TestService(IHostApplicationLifetime lifetime, Func<CancellationToken, Task<SocketOutcome?>> run) : SocketHostedService(lifetime)
    {
        public bool Stops { get; init; }

        public List<SocketOutcome> Judged { get; } = [];

        public List<Exception> Crashes { get; } = [];

        protected override Task<SocketOutcome?> RunSocketsAsync(CancellationToken stoppingToken) => run(stoppingToken);

        protected override bool StopsHostOn(SocketOutcome fatal)
        {
            Judged.Add(fatal);
            return Stops;
        }

        protected override void OnCrashed(Exception exception) => Crashes.Add(exception);
    }

    private sealed class CountingLifetime : IHostApplicationLifetime
    {
        private int _stops;

        public int StopRequests => Volatile.Read(ref _stops);

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Interlocked.Increment(ref _stops);
    }
}
