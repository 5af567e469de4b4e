using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Timers;

namespace WatchBot.Scheduling;

/// <summary>Registers Quartz on a persistent store (SQLite, or clustered on PostgreSQL) and the <see cref="ITimers"/> on top of it.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its hosted service, the <c>Scheduling</c> options and <see cref="ITimers"/>.
    /// The <see cref="ITimerHandler"/>s are registered elsewhere (each feature's; the engine's coordinator for sessions).
    /// </summary>
    public static IServiceCollection AddWatchBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();

        // The one clock. Deliberately no q.UseTimeProvider(instance): that freezes whichever provider
        // exists now, and tests (and WatchBotHost's overrides) replace the singleton after this call.
        // A scheduler given no clock resolves the container's TimeProvider when it is built, which is
        // the same instance everything else uses.
        services.TryAddSingleton(TimeProvider.System);

        // With PostgreSQL (Storage:Provider) the timers live in the shared database and the instances
        // form one Quartz cluster; otherwise in this process's own SQLite file.
        if (JobStoreProvider.IsPostgres(configuration))
        {
            services.AddQuartz(quartz => PostgresJobStore.Configure(quartz, configuration));
            // One name per process, shared with the outbox leases and the fleet's budget (FleetInstance:
            // Scheduling:InstanceId, or generated once for AUTO).
            services.TryAddSingleton(_ => FleetInstance.From(configuration));
            services.AddOptions<QuartzSchedulerOptions>()
                .Configure<FleetInstance>((scheduler, instance) =>
                {
                    scheduler.GenerateInstanceId = false;
                    scheduler.InstanceId = instance.Id;
                });
            services.AddOptions<ClusteringOptions>()
                .Configure<IOptions<SchedulingOptions>>(PostgresJobStore.ApplyClustering);
        }
        else
        {
            services.AddQuartz(quartz => quartz.UsePersistentStore(SqliteJobStore.Configure));
        }

        // Through the options rather than from configuration now, so Quartz gets the validated value.
        // The default scheduler's options are the unnamed ones.
        services.AddOptions<AdoJobStoreOptions>()
            .Configure<IOptions<SchedulingOptions>>(ApplyMisfireThreshold);

        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddSingleton<ITimers, QuartzSessionTimers>();
        services.TryAddSingleton<TimerRouter>();
        return services;
    }

    /// <summary>
    /// The daily retention job (<see cref="RetentionJob"/>), kept apart from <see cref="AddWatchBotScheduling"/>
    /// because it needs the engine's <see cref="WatchBot.Engine.Privacy.RetentionService"/>.
    /// </summary>
    public static IServiceCollection AddWatchBotRetention(this IServiceCollection services)
    {
        services.AddHostedService<RetentionSchedule>();
        return services;
    }

    private static void ApplyMisfireThreshold(AdoJobStoreOptions adoStore, IOptions<SchedulingOptions> scheduling)
    {
        try
        {
            adoStore.MisfireThreshold = scheduling.Value.MisfireThreshold;
        }
        catch (OptionsValidationException)
        {
            // Start-up validation of Scheduling already fails with this; Quartz's own start-up validation
            // of its store options must not report it a second time. Quartz's default stays meanwhile.
        }
    }
}
