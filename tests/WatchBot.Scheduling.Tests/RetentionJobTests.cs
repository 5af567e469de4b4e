using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Privacy;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>The daily retention job on real Quartz, a real SQLite job store and a manual clock.</summary>
public sealed class RetentionJobTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly RecordingPersonalData _data = new();
    private readonly MemoryAuditLog _audit = new();
    private readonly JobOutcomeListener _outcomes = new();
    private SchedulingHost _host = null!;

    public async Task InitializeAsync()
    {
        await _audit.AppendAsync(new AuditEntry("discord", "guild-1", TestTime.Start - TimeSpan.FromDays(200), AuditAction.Kick, null), CancellationToken.None);
        await _audit.AppendAsync(new AuditEntry("discord", "guild-1", TestTime.Start - TimeSpan.FromDays(10), AuditAction.Lock, null), CancellationToken.None);
        _host = SchedulingHost.Create(_folder.DatabasePath, _time, services: services =>
        {
            services.AddSingleton<IPersonalData>(_data);
            services.AddSingleton<IAuditLog>(_audit);
            services.AddOptions<PrivacyOptions>();
            services.AddSingleton<RetentionService>();
            services.AddWatchBotRetention();
        });
        var scheduler = await _host.StartAsync();
        scheduler.ListenerManager.AddJobListener(_outcomes);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Retention_RunsAMinuteAfterStart_ThenDaily_WithCutoffsFromTheClock()
    {
        Assert.True(_data.Cutoffs.IsEmpty);

        _time.Advance(TimeSpan.FromMinutes(1));
        var first = await _data.NextAsync();

        // The whole pass has run (sessions, then the audit log) once Quartz reports the job done.
        Assert.Null(await _outcomes.OutcomeAsync(RetentionJob.Key));
        Assert.Equal(TestTime.Start + TimeSpan.FromMinutes(1) - TimeSpan.FromDays(30), first);
        var kept = Assert.Single(await _audit.LatestAsync("discord", "guild-1", 10, CancellationToken.None));
        Assert.Equal(AuditAction.Lock, kept.Action);

        _time.Advance(TimeSpan.FromDays(1));
        var second = await _data.NextAsync();
        Assert.Equal(first + TimeSpan.FromDays(1), second);
    }

    private sealed class RecordingPersonalData : IPersonalData
    {
        private readonly ConcurrentQueue<TaskCompletionSource<DateTimeOffset>> _waiting = new();
        private readonly ConcurrentQueue<DateTimeOffset> _unclaimed = new();

        public ConcurrentQueue<DateTimeOffset> Cutoffs { get; } = new();

        /// <summary>The cutoff of the next run not yet claimed by a test.</summary>
        public Task<DateTimeOffset> NextAsync()
        {
            lock (_unclaimed)
            {
                if (_unclaimed.TryDequeue(out var cutoff))
                {
                    return Task.FromResult(cutoff);
                }

                var source = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Enqueue(source);
                return source.Task.Budgeted();
            }
        }

        public Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
        {
            Cutoffs.Enqueue(endedBefore);
            lock (_unclaimed)
            {
                if (_waiting.TryDequeue(out var source))
                {
                    source.TrySetResult(endedBefore);
                }
                else
                {
                    _unclaimed.Enqueue(endedBefore);
                }
            }

            return Task.FromResult(1);
        }

        public Task<Core.Features.Privacy.PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
