using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Engine.Calendar;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.MovieNights;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Privacy;
using WatchBot.Engine.Recaps;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Spaces;
using WatchBot.Engine.Standing;
using WatchBot.Engine.Timers;

namespace WatchBot.Engine;

/// <summary>Registers the dispatcher with the features' handlers, the coordinator, standing, the session rules' options and start-up recovery.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SessionRulesOptions>()
            .Bind(configuration.GetSection(SessionRulesOptions.SectionName))

            // Break requests have their own section (Breaks:RequestCooldown); the rules read it from here.
            .Configure(o => configuration.GetSection(BreakOptions.SectionName).Bind(o.Breaks))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SessionRulesOptions>, SessionRulesOptionsValidator>();
        services.AddOptions<DiagnosticsOptions>()
            .Bind(configuration.GetSection(DiagnosticsOptions.SectionName))
            .Validate(DiagnosticsOptions.IsValid, DiagnosticsOptions.HoldOutboxSendProblem)
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(o => OutboxOptions.Problems(o).Count == 0, "Outbox: LeaseLength 00:00:02–00:05:00, SweepInterval 00:00:00.100–00:01:00, SweepAfter 00:00:00–00:05:00.")
            .ValidateOnStart();
        services.TryAddSingleton(_ => FleetInstance.From(configuration));
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton<RetentionService>();
        services.AddSingleton<NoticeRouter>();
        services.AddSingleton<SessionCoordinator>();
        services.AddSingleton<ModeratorService>();
        services.AddSingleton<AuditRecorder>();
        services.TryAddSingleton<ICalendarFeeds, NoCalendarFeeds>();
        services.TryAddSingleton<ICalendarFeedAddress, NoCalendarFeedAddress>();
        services.AddOptions<ModerationOptions>()
            .Bind(configuration.GetSection(ModerationOptions.SectionName))
            .Validate(ModerationOptions.IsValid, ModerationOptions.InvalidMessage)
            .ValidateOnStart();
        services.TryAddSingleton<IBans, MemoryBans>();
        services.TryAddSingleton<ISpaceSettingsStore, NoSpaceSettings>();
        services.TryAddSingleton<ISeriesStore, NoSeries>();
        services.TryAddSingleton<IPollStore, NoPolls>();
        services.TryAddSingleton<IPictureRenderer, NoPictures>();
        services.TryAddSingleton<IAuditLog, MemoryAuditLog>();
        services.TryAddSingleton<IReminderOptOuts, NoReminderOptOuts>();
        services.AddSingleton<ReminderPreferenceService>();
        services.TryAddSingleton<IPersonalData, NoPersonalData>();
        services.TryAddSingleton<IRecaps, NoRecaps>();
        services.AddSingleton<StandingService>();
        services.AddSingleton<SeriesWakeups>();
        services.AddSingleton<INoticeObserver, OccurrenceObserver>();

        // Each feature registers its command handler and its timer handler; nothing else dispatches.
        services.AddSingleton<ICommandHandler, SessionCommandHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<ModeratorService>());
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<ReminderPreferenceService>());
        services.AddSingleton<ICommandHandler, CalendarService>();
        services.AddSingleton<ICommandHandler, SpaceSettingsService>();
        services.AddSingleton<ICommandHandler, BanService>();
        services.AddSingleton<ICommandHandler, AuditService>();
        services.AddSingleton<ICommandHandler, PrivacyService>();
        services.AddSingleton<ICommandHandler, RecapService>();
        services.AddSingleton<CommandDispatcher>();
        services.AddWatchBotMetrics();
        services.AddSingleton<ITimerHandler>(sp => sp.GetRequiredService<SessionCoordinator>());
        services.TryAddSingleton<TimerRouter>();
        return services;
    }

    /// <summary>
    /// Start-up recovery, registered after storage and the scheduler so that both are running when it walks the sessions.
    /// </summary>
    public static IServiceCollection AddWatchBotRecovery(this IServiceCollection services)
    {
        services.AddSingleton<IHostedService, SessionRecoveryService>();

        // After recovery's own relay at start-up: then, on a shared database, what others leave behind.
        services.AddSingleton<IHostedService, OutboxSweepService>();

        // After recovery, which settles the occurrences that came due while the bot was down: then each series gets its next one.
        services.AddSingleton<SeriesService>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SeriesService>());
        return services;
    }
}
