using Quartz;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>
/// A test class that runs against real Quartz on a real SQLite file in a folder of its own, on a
/// manual clock: the host is started before each test and stopped after it, then the folder goes.
/// </summary>
public abstract class QuartzOnSqliteTest : IAsyncLifetime, IDisposable
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private readonly TempFolder _folder = new();

    protected FakeTimeProvider Time { get; } = new(TestTime.Start);

    private protected SchedulingHost Host { get; private set; } = null!;

    protected IScheduler Scheduler { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = SchedulingHost.Create(_folder.DatabasePath, Time);
        Scheduler = await Host.StartAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    // After DisposeAsync: xunit disposes in that order, so the host has let go of the file.
    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
