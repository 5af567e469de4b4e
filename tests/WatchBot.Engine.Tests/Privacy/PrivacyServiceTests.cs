using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Privacy;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Privacy;

/// <summary>my-data and forget-me: private answers, a confirmation before deleting, an audit entry without a name.</summary>
public sealed class PrivacyServiceTests
{
    private static readonly PersonalData Stored = PersonalData.None with { SessionsJoined = 2, Reactions = 4 };

    private readonly FakePersonalData _data = new();
    private readonly MemoryAuditLog _audit = new();

    [Fact]
    public async Task MyData_ShowsTheSendersDataInTheSpace_AndAuditEntriesNamingThem()
    {
        await _audit.AppendAsync(new AuditEntry(Channel.Platform, Channel.SpaceId, TestTime.Start, AuditAction.Kick, Alice.User, Bob.User), CancellationToken.None);
        await _audit.AppendAsync(new AuditEntry(Channel.Platform, Channel.SpaceId, TestTime.Start, AuditAction.Lock, Alice.User), CancellationToken.None);

        var outcome = await Service().HandleAsync(Request(new MyDataCommand()), CancellationToken.None);

        Assert.Equal(new MyDataShown(Stored, Banned: false, AuditEntries: 1), outcome.Reply);
        Assert.Empty(outcome.Announced);
        Assert.Equal((Channel.Platform, Channel.SpaceId, Bob.User.Id), _data.Described);
    }

    [Fact]
    public async Task ForgetMe_WithoutConfirm_OnlyAsks()
    {
        var outcome = await Service().HandleAsync(Request(new ForgetMeCommand(Confirmed: false)), CancellationToken.None);

        Assert.Equal(new ForgetMeAsked(Stored), outcome.Reply);
        Assert.False(_data.Forgotten);
        Assert.Empty(await _audit.LatestAsync(Channel.Platform, Channel.SpaceId, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ForgetMe_Confirmed_Deletes_AndTheAuditLogSaysSoWithoutWho()
    {
        var outcome = await Service().HandleAsync(Request(new ForgetMeCommand(Confirmed: true)), CancellationToken.None);

        Assert.Equal(new ForgetMeDone(Stored), outcome.Reply);
        Assert.True(_data.Forgotten);
        var entry = Assert.Single(await _audit.LatestAsync(Channel.Platform, Channel.SpaceId, 10, CancellationToken.None));
        Assert.Equal(new AuditEntry(Channel.Platform, Channel.SpaceId, TestTime.Start, AuditAction.ForgetMe, By: null), entry);
    }

    [Fact]
    public async Task ForgetMe_InALiveSession_IsRefusedPolitely_AndNotAudited()
    {
        _data.LiveChannel = "channel-live";

        var outcome = await Service().HandleAsync(Request(new ForgetMeCommand(Confirmed: true)), CancellationToken.None);

        var refused = Assert.IsType<Refused>(outcome.Reply);
        Assert.Contains("once it has ended", refused.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/watch forget-me confirm:yes", refused.Suggestion);
        Assert.Empty(await _audit.LatestAsync(Channel.Platform, Channel.SpaceId, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AStoreThatFails_SaysNothingWasChanged()
    {
        _data.Fail = true;

        var outcome = await Service().HandleAsync(Request(new ForgetMeCommand(Confirmed: true)), CancellationToken.None);

        Assert.Contains("nothing was changed", Assert.IsType<Refused>(outcome.Reply).Reason, StringComparison.Ordinal);
    }

    private PrivacyService Service() =>
        new(_data, new WatchBot.Engine.Standing.MemoryBans(TimeProvider.System), _audit, new FakeTimeProvider(TestTime.Start), NullLogger<PrivacyService>.Instance);

    private static CommandRequest Request(WatchCommand command) => new(Channel, Bob, command, null!);

    private sealed class FakePersonalData : IPersonalData
    {
        public (string, string, string)? Described { get; private set; }

        public bool Forgotten { get; private set; }

        public string? LiveChannel { get; set; }

        public bool Fail { get; set; }

        public Task<PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
        {
            Described = (platform, spaceId, userId);
            return Task.FromResult(Stored);
        }

        public Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new InvalidOperationException("disk full");
            }

            if (LiveChannel is not null)
            {
                return Task.FromResult(ForgetResult.Blocked(LiveChannel));
            }

            Forgotten = true;
            return Task.FromResult(new ForgetResult(Stored, null));
        }

        public Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
