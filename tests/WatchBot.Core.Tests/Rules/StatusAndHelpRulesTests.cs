using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class StatusAndHelpRulesTests
{
    [Fact]
    public void Status_WhilePlaying_TellsTheSenderThePositionNowAndWhatIsPlanned()
    {
        var live = Playing(10 * Minute);
        var next = Scheduled(T0 + Hour);

        var decision = Decide("/watch status", Bob, live, [next], now: T0 + (90 * Second));

        Expect.ChangesNothing(decision);
        var status = Assert.IsType<StatusReport>(decision.Reply);
        Assert.Same(live, status.Live);
        Assert.Equal((11 * Minute) + (30 * Second), status.Position);
        Assert.Equal([next], status.Upcoming);
        Assert.Equal(T0 + (90 * Second), status.Now);
    }

    [Fact]
    public void Status_InAnEmptyChannel_SaysNothingIsLive()
    {
        var status = Assert.IsType<StatusReport>(Decide("/watch status", Bob).Reply);

        Assert.Null(status.Live);
        Assert.Null(status.Position);
        Assert.Empty(status.Upcoming);
    }

    [Fact]
    public void Help_ListsEverySubCommandWithAnExample()
    {
        var decision = Decide("/watch help", Bob);

        Expect.ChangesNothing(decision);
        Assert.Equal(CommandCatalog.HelpLines(), Assert.IsType<HelpText>(decision.Reply).Lines);
    }
}
