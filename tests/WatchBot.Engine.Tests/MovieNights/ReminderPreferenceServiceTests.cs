using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.MovieNights;
using WatchBot.Engine.Ports;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.MovieNights;

/// <summary><c>/watch reminders off|on</c>: stored per space for the sender only, answered privately; a store failure changes nothing and says so.</summary>
public sealed class ReminderPreferenceServiceTests
{
    [Fact]
    public async Task OffThenOffAgainThenOn_IsStoredForTheSenderInTheSpace_AndAnsweredPrivately()
    {
        var optOuts = new MemoryOptOuts();
        var service = new ReminderPreferenceService(optOuts, new FakeTimeProvider(TestTime.Start), NullLogger<ReminderPreferenceService>.Instance);

        var off = await service.HandleAsync(Request(new RemindersCommand(On: false)), CancellationToken.None);
        var again = await service.HandleAsync(Request(new RemindersCommand(On: false)), CancellationToken.None);
        Assert.Equal([Bob.User.Id], await optOuts.ListAsync(Channel.Platform, Channel.SpaceId, CancellationToken.None));
        var on = await service.HandleAsync(Request(new RemindersCommand(On: true)), CancellationToken.None);

        Assert.Equal(new RemindersToggled(false, false), off.Reply);
        Assert.Equal(new RemindersToggled(false, true), again.Reply);
        Assert.Equal(new RemindersToggled(true, false), on.Reply);
        Assert.All([off, again, on], o => Assert.Empty(o.Announced));
        Assert.Empty(await optOuts.ListAsync(Channel.Platform, Channel.SpaceId, CancellationToken.None));
    }

    [Fact]
    public async Task AStoreThatFails_ChangesNothing_AndSaysSo()
    {
        var service = new ReminderPreferenceService(new NoReminderOptOuts(), new FakeTimeProvider(TestTime.Start), NullLogger<ReminderPreferenceService>.Instance);

        var outcome = await service.HandleAsync(Request(new RemindersCommand(On: false)), CancellationToken.None);

        Assert.Contains("nothing was changed", Assert.IsType<Refused>(outcome.Reply).Reason, StringComparison.Ordinal);
    }

    private static CommandRequest Request(RemindersCommand command) => new(Channel, Bob, command, null!);

    private sealed class MemoryOptOuts : IReminderOptOuts
    {
        private readonly HashSet<(string, string, string)> _rows = [];

        public Task<IReadOnlySet<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(_rows.Where(r => r.Item1 == platform && r.Item2 == spaceId).Select(r => r.Item3).ToHashSet());

        public Task<bool> SetAsync(string platform, string spaceId, string userId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken) =>
            Task.FromResult(optedOut ? _rows.Add((platform, spaceId, userId)) : _rows.Remove((platform, spaceId, userId)));
    }
}
