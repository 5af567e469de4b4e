using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Polls;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Polls;

/// <summary>
/// One run of the bot over a real SQLite file: the store with the poll writer, the poll store and the
/// coordinator. A new instance on the same file is a restarted process, with a clock of its own.
/// </summary>
internal sealed class PollProcess : IDisposable
{
    public static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    public static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);
    public static readonly Actor Bob = new(new UserRef("test", "u-bob", "bob"), IsModerator: false);
    public static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);
    public static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);

    public PollProcess(string path, DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        Store = new SqliteSessionStore(Options.Create(new StorageOptions { SqlitePath = path }), NullLogger<SqliteSessionStore>.Instance, [new SqlitePollWriter()]);
        Polls = new SqlitePollStore(Store.Database);
        Timers = new ManualSessionTimers(Time);
        Coordinator = new SessionCoordinator(
            Store,
            Timers,
            new NoticeRouter([Platform], NullLogger<NoticeRouter>.Instance, [Platform]),
            Time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            polls: Polls);
        Timers.Handler = Coordinator;
    }

    public FakeTimeProvider Time { get; }

    public SqliteSessionStore Store { get; }

    public SqlitePollStore Polls { get; }

    public ManualSessionTimers Timers { get; }

    public RecordingPublisher Platform { get; } = new();

    public SessionCoordinator Coordinator { get; }

    public Task<CommandOutcome> Say(Actor actor, string text) => Coordinator.HandleTextAsync(Channel, actor, text, CancellationToken.None);

    public void Dispose() => Store.Dispose();
}
