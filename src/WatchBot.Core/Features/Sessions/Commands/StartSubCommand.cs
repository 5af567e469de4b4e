using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch start</c>: a session now, after a countdown.</summary>
internal sealed class StartSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "start",
        "start a session now, after a countdown",
        "/watch start title:\"The Matrix\" in:10s runtime:2h16m",
        [SessionCommandOptions.Title, SessionCommandOptions.Countdown, SessionCommandOptions.Runtime, SessionCommandOptions.Control, SessionCommandOptions.Rated, SessionCommandOptions.AdultFlag, ReadyCheckOptions.Ready, ReadyCheckOptions.Wait],
        Build)
    {
        Positional = "title",
        Order = 10,
    };

    private static ParseResult Build(OptionValues values) =>
        values.Duration("in", out var countdown)
        ?? values.Duration("runtime", out var runtime)
        ?? SessionCommandOptions.Policy(values, out var policy)
        ?? SessionCommandOptions.ReadAdult(values, out var adult)
        ?? ReadyCheckOptions.Read(values, out var ready)
        ?? ParseResult.Success(new StartCommand(values.Text("title") ?? "", countdown, runtime, policy) { Adult = adult, Ready = ready });
}
