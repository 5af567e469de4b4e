using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Ports;
using static WatchBot.Discord.Tests.Answers.CardAnswerTests;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// A booking is answered once it is committed, before its timers are armed; what the answer did not
/// wait for is never lost: a process stopped before the arming ran has it done by the next one,
/// from the committed session (start-up recovery).
/// </summary>
public sealed class BookingRestartTests
{
    [Fact]
    public async Task ABookingAnsweredBeforeItsTimersWereArmed_HasThemArmedAfterARestart_AndItsGoComes()
    {
        // The first life's job store never takes the arming (held until the process stops); the second's does.
        var lives = 0;
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = await CardAnswerHost.StartAsync(overrides: services =>
        {
            var life = ++lives;
            var quartz = services.Last(d => d.ServiceType == typeof(ITimers));
            services.AddSingleton<ITimers>(sp =>
            {
                var inner = (ITimers)ActivatorUtilities.CreateInstance(sp, quartz.ImplementationType!);
                return life == 1 ? new GatedTimers(inner, held) : inner;
            });
        });
        var schedule = DiscordInteractions.Watch("schedule", Options(("title", "Dune"), ("at", "in 30m")));

        var answer = await bot.SendAsync(schedule);

        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Contains("Dune", Content(answer), StringComparison.Ordinal);
        var session = SessionOf(answer);
        Assert.Empty(await SessionJobsAsync(bot, session));

        await bot.RestartAsync();

        Assert.Contains(session + "/BeginCountdown", (await SessionJobsAsync(bot, session)).Select(k => k.Name));
        bot.Clock.Advance(TimeSpan.FromMinutes(29));
        await Within.AsyncUntil(() => SessionJobsAsync(bot, session).GetAwaiter().GetResult(), keys => keys.Any(k => k.Name == session + "/Go"));
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var go = await bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Equal(200, go.Status);
        Assert.False(held.Task.IsCompleted);
    }

    /// <summary>The session's id, the last part of any of its card's action ids.</summary>
    private static string SessionOf(System.Text.Json.Nodes.JsonObject answer)
    {
        var action = CustomIds(answer).First(id => id.StartsWith("watch:", StringComparison.Ordinal) && !id.StartsWith("watch:react:", StringComparison.Ordinal));
        return action[(action.LastIndexOf(':') + 1)..];
    }

    /// <summary>The session's timers in Quartz's store.</summary>
    private static async Task<IReadOnlyList<JobKey>> SessionJobsAsync(CardAnswerHost bot, string session)
    {
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        return [.. keys.Where(k => k.Name.Contains(session, StringComparison.Ordinal))];
    }
}
