using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Standing;

namespace WatchBot.Shell;

/// <summary>
/// A local channel in the terminal: reads commands (typed, or piped as a script), hands them to the
/// coordinator like any platform would, and prints what only the sender should see. At end of input
/// it waits for countdowns under way to reach GO, then stops the host (exit code 0).
/// </summary>
internal sealed class ShellChannel(
    SessionCoordinator coordinator,
    CommandDispatcher dispatcher,
    StandingService standing,
    ISessionStore store,
    IShellTerminal terminal,
    ShellOutput output,
    ShellMarkup markup,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptions<ShellOptions> options) : BackgroundService
{
    private const string ShellOnlyHelp = "Shell only: /wait 5s (let time pass), /as bob [mod] (switch who is typing).";

    private readonly ChannelAddress _channel = ShellPlatform.Channel(options.Value);
    private readonly ShellModerators _moderators = new();
    private UserRef _user = ShellPlatform.User(options.Value.UserName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (terminal.IsInteractive)
        {
            output.Say($"WatchBot local channel #{_channel.ChannelId}. You are {_user.DisplayName}. Type /watch help; Ctrl+D to leave.");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (terminal.IsInteractive)
            {
                terminal.Prompt($"{_user.DisplayName}> ");
            }

            var line = await terminal.ReadLineAsync(stoppingToken);
            if (line is null || !await HandleLineAsync(line.Trim(), stoppingToken))
            {
                break;
            }
        }

        await WaitForCountdownsAsync(stoppingToken);
        lifetime.StopApplication();
    }

    /// <returns>False when the line asks to leave.</returns>
    private async Task<bool> HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return true;
        }

        if (!terminal.IsInteractive)
        {
            // Scripts echo what was "typed", so a transcript reads like a conversation.
            output.Say($"{_user.DisplayName}> {line}");
        }

        switch (ShellDirective.TryParse(line))
        {
            case ShellDirective.Wait wait:
                await Task.Delay(wait.Duration, time, cancellationToken);
                return true;
            case ShellDirective.SwitchUser user:
                _user = ShellPlatform.User(user.Name);
                _moderators.Switched(_user.Id, user.IsModerator);

                output.Whisper($"You are now {user.Name}{(user.IsModerator ? " (moderator)" : "")}.");
                return true;
            case ShellDirective.Quit:
                return false;
            case ShellDirective.Invalid invalid:
                output.Whisper(invalid.Message);
                return true;
        }

        // The shell's facts are its switches (/as NAME mod); the standing service adds those added with /watch mod add.
        var actor = await standing.ForAsync(_channel, _user, _moderators, cancellationToken);
        var parsed = CommandParser.Parse(line);
        var reply = parsed.IsSuccess
            ? (await dispatcher.HandleAsync(new CommandRequest(_channel, actor, parsed.Command, _moderators), cancellationToken)).Reply
            : dispatcher.Invalid(_channel, parsed.Error);

        if (reply?.ToReply() is { } answer)
        {
            output.Whisper(markup.Draw(answer.Lines) + (reply is HelpText ? Environment.NewLine + ShellOnlyHelp : ""));
        }

        return true;
    }

    /// <summary>
    /// Lets a countdown someone started (start, resume) reach GO before leaving. A scheduled
    /// session's own countdown is left to the next run: scheduled sessions stay stored, and start-up
    /// recovery starts them on time. The GO timer normally fires by itself; the direct call after the
    /// target is harmless (timers are idempotent) and makes the exit certain.
    /// </summary>
    private async Task WaitForCountdownsAsync(CancellationToken cancellationToken)
    {
        while (await store.FindLiveAsync(_channel, cancellationToken) is { Phase: SessionPhase.CountingDown, CountdownTarget: { } target } live
            && !IsScheduledStart(live))
        {
            var left = target - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, time, cancellationToken);
            }

            await coordinator.OnTimerAsync(new SessionTimer(live.Id, TimerKind.Go, target, target), cancellationToken);
        }
    }

    private static bool IsScheduledStart(WatchSession session) => session.ScheduledFor is not null && session.StartedAt is null;
}
