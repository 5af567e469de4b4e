using Microsoft.Extensions.DependencyInjection;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Ports;
using static WatchBot.Discord.Tests.Answers.CardAnswerTests;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// The answer waits for the command's commit only (<c>Discord:AnswerAtCommit</c>): its timers are
/// armed and its card relayed after, under the channel's gate, and still happen.
/// </summary>
public sealed class AnswerAtCommitTests
{
    [Fact]
    public async Task Start_IsAnsweredWhileItsTimerIsStillBeingArmed_AndTheGoStillComes()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = await CardAnswerHost.StartAsync(overrides: services =>
        {
            var quartz = services.Last(d => d.ServiceType == typeof(ITimers));
            services.AddSingleton<ITimers>(sp => new GatedTimers((ITimers)ActivatorUtilities.CreateInstance(sp, quartz.ImplementationType!), gate));
        });
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "1m")));

        // The arming cannot finish, yet the card is the answer (type 4, not a deferral).
        var answer = await bot.SendAsync(start);
        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Contains("Heat", Content(answer), StringComparison.Ordinal);
        Assert.False(gate.Task.IsCompleted);

        gate.SetResult();
        await bot.WaitForCardSlotAsync(start, answer);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var go = await bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Equal(200, go.Status);
    }
}
