using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Breaks;

/// <summary>
/// One run of the bot over a real SQLite file: the session store, the space settings store and the
/// coordinator. A new instance on the same file is a restarted process, with a clock of its own.
/// </summary>
internal sealed class BreakProcess : IDisposable
{
    public BreakProcess(string path, DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        Store = new SqliteSessionStore(Options.Create(new StorageOptions { SqlitePath = path }), NullLogger<SqliteSessionStore>.Instance);
        Spaces = new SqliteSpaceSettingsStore(Store.Database);
        var timers = new ManualSessionTimers(Time);
        var router = new NoticeRouter([Platform], NullLogger<NoticeRouter>.Instance, [Platform]);
        Coordinator = new SessionCoordinator(
            Store,
            timers,
            router,
            Time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            spaces: Spaces);
        timers.Handler = Coordinator;
    }

    public FakeTimeProvider Time { get; }

    public SqliteSessionStore Store { get; }

    public SqliteSpaceSettingsStore Spaces { get; }

    public RecordingPublisher Platform { get; } = new("discord");

    public SessionCoordinator Coordinator { get; }

    public Task<CommandOutcome> Say(UserRef who, string text) =>
        Coordinator.HandleTextAsync(Support.Samples.Channel, new Actor(who, IsModerator: false), text, CancellationToken.None);

    public void Dispose() => Store.Dispose();
}
