using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch resume</c>: play again after a short countdown.</summary>
internal sealed class ResumeSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "resume",
        "resume for everyone after a short countdown",
        "/watch resume in:3s",
        [SessionCommandOptions.Countdown],
        values => values.Duration("in", out var countdown) ?? ParseResult.Success(new ResumeCommand(countdown)))
    {
        Positional = "in",
        Order = 50,
    };
}
