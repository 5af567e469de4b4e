using WatchBot.Core.Features.Breaks.Commands;
using WatchBot.Core.Features.Calendar.Commands;
using WatchBot.Core.Features.LateJoin.Commands;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Moderation.Commands;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Personal;
using WatchBot.Core.Features.Polls.Commands;
using WatchBot.Core.Features.Privacy.Commands;
using WatchBot.Core.Features.Recaps.Commands;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Spaces.Commands;

namespace WatchBot.Core.Grammar;

/// <summary>
/// Every sub-command and group WatchBot.Core declares, listed rather than found by an assembly scan so
/// that a trimmed, Native AOT build keeps them all (CommandDeclarationsTests compares the list with the
/// scan). The registry orders sub-commands by <see cref="SubCommand.Order"/>; groups keep the order
/// given here, the scan's.
/// </summary>
internal static class CommandDeclarations
{
    public static IReadOnlyList<ISubCommandDeclaration> SubCommands { get; } =
    [
        new AttendeesSubCommand(),
        new AuditSubCommand(),
        new BanSubCommand(),
        new BreakSubCommand(),
        new CalendarSubCommand(),
        new CancelSubCommand(),
        new CheckSubCommand(),
        new EndSubCommand(),
        new ForgetMeSubCommand(),
        new HelpSubCommand(),
        new HostSubCommand(),
        new JoinSubCommand(),
        new KickSubCommand(),
        new LockSubCommand(),
        new ModSubCommand(),
        new MyDataSubCommand(),
        new NominateSubCommand(),
        new PauseSubCommand(),
        new PollSubCommand(),
        new ReactSubCommand(),
        new ReadySubCommand(),
        new RecapSubCommand(),
        new RemindersSubCommand(),
        new RenameSubCommand(),
        new RescheduleSubCommand(),
        new ResumeSubCommand(),
        new RsvpSubCommand(),
        new ScheduleSubCommand(),
        new SeekSubCommand(),
        new SeriesSubCommand(),
        new SettingsSubCommand(),
        new SkipSubCommand(),
        new StartSubCommand(),
        new StatusSubCommand(),
        new UnbanSubCommand(),
        new UnlockSubCommand(),
        new VoteSubCommand(),
    ];

    public static IReadOnlyList<ICommandGroupDeclaration> Groups { get; } =
    [
        new MeCommandGroup(),
        new BookingCommandGroup(),
        new SyncCommandGroup(),
    ];
}
