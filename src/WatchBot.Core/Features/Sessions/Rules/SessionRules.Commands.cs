using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// The session feature's registrations: what each of its commands does. A new command adds a line here
// (or a feature adds its own table); nothing else dispatches.
public static partial class SessionRules
{
    internal static IEnumerable<ICommandRule> Registrations() =>
    [
        CommandRule.For<StartCommand>(Start),
        CommandRule.For<ScheduleCommand>(Schedule),
        CommandRule.For<ReadyCommand>((context, _) => Ready(context)),
        CommandRule.For<PauseCommand>((context, _) => WithLive(context, "pause", live => Pause(context, live))),
        CommandRule.For<ResumeCommand>((context, resume) => context.Live is { } held && IsHeldForReady(held)
            ? StartHeldNow(context, held, resume.CountdownIn)
            : WithLive(context, "resume", live => Resume(context, live, resume))),
        CommandRule.For<SeekCommand>((context, seek) => WithLive(context, "seek", live => Seek(context, live, seek))),
        CommandRule.For<ReactCommand>((context, react) => WithLive(context, null, live => React(context, live, react), SpaceAction.React)),
        CommandRule.For<StatusCommand>((context, _) => Decision.ReplyOnly(Status(context))),
        CommandRule.For<EndCommand>((context, _) => WithLive(context, null, live => End(context, live), SpaceAction.End)),
        CommandRule.For<RenameCommand>(Rename),
        CommandRule.For<HelpCommand>((_, _) => Decision.ReplyOnly(new HelpText([.. CommandCatalog.HelpLines()]))),
    ];
}
