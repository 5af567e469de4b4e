using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Privacy;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// <c>/watch my-data</c> and <c>/watch forget-me confirm:yes</c> through the real service on each
/// provider's real stores, as the host wires them: a banned moderator forgets themselves, and the whole
/// database is read back.
/// </summary>
public abstract class ForgetMeContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly ChannelAddress Here = new("slack", "T-1", "C-1");
    private static readonly UserRef Mira = new("slack", "U-MIRA-77", "Mira Ødegård");
    private static readonly UserRef Bob = new("slack", "U-BOB", "Bob");

    private readonly FakeTimeProvider _time = new(Samples.T0.AddDays(1));
    [Fact]
    public async Task ForgetMe_LeavesOnlyTheBanInForce_AndAnAuditEntryWithoutAName()
    {
        var stores = await Storage.OpenFeaturesAsync(_time);
        var (store, audit, bans) = (stores.Sessions, stores.Audit, stores.Bans);
        var service = new PrivacyService(stores.PersonalData, bans, audit, _time, NullLogger<PrivacyService>.Instance);
        var session = Samples.Session(SessionPhase.Ended, Here, "s-1") with { Host = Mira, Participants = [Mira, Bob] };
        await store.SaveAsync(session, CancellationToken.None);
        await audit.AppendAsync(new AuditEntry("slack", "T-1", Samples.T0, AuditAction.Lock, Mira), CancellationToken.None);
        await audit.AppendAsync(new AuditEntry("slack", "T-1", Samples.T0.AddMinutes(1), AuditAction.Ban, Bob, Mira, "for 7 days", "spoilers"), CancellationToken.None);
        await bans.PutAsync(new BanRecord("slack", "T-1", Mira.Id, Samples.T0.AddDays(7), "spoilers", Bob.Id, Samples.T0.AddMinutes(1)), CancellationToken.None);

        var before = Assert.IsType<MyDataShown>((await service.HandleAsync(Request(new MyDataCommand()), CancellationToken.None)).Reply);
        var done = Assert.IsType<ForgetMeDone>((await service.HandleAsync(Request(new ForgetMeCommand(Confirmed: true)), CancellationToken.None)).Reply);
        var after = Assert.IsType<MyDataShown>((await service.HandleAsync(Request(new MyDataCommand()), CancellationToken.None)).Reply);

        Assert.Equal((true, 2), (before.Banned, before.AuditEntries));
        Assert.Equal((1, 1, 2), (done.Forgotten.SessionsHosted, done.Forgotten.SessionsJoined, done.Forgotten.AuditEntries));
        Assert.Equal((PersonalData.None, true, 0), (after.Data, after.Banned, after.AuditEntries));

        var hit = Assert.Single(await Storage.ScanAsync(Mira.Id, Mira.DisplayName));
        Assert.Equal(("bans", "user_id"), (hit.Table, hit.Column));
        var someone = new UserRef("slack", PersonalData.ForgottenId, PersonalData.Someone);
        Assert.Equal(
            [
                new AuditEntry("slack", "T-1", _time.GetUtcNow(), AuditAction.ForgetMe, By: null),
                new AuditEntry("slack", "T-1", Samples.T0.AddMinutes(1), AuditAction.Ban, Bob, someone, "for 7 days", "spoilers"),
                new AuditEntry("slack", "T-1", Samples.T0, AuditAction.Lock, someone),
            ],
            await audit.LatestAsync("slack", "T-1", 10, CancellationToken.None));
    }

    private static CommandRequest Request(WatchCommand command) => new(Here, new Actor(Mira, IsModerator: true), command, null!);
}
