using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using Xunit.Abstractions;
using Role = WatchBot.Contract.Tests.Moderation.AuthorizationMatrixTests.Role;

namespace WatchBot.Contract.Tests.Moderation;

/// <summary>
/// The matrix acted out on one platform. alice hosts, dave has taken part (he reacted), carol
/// moderates, and each member cell is a newcomer (m1, m2…) who never took part. After an allowed
/// pause carol resumes; after an allowed end or start the session is started again as it was, and
/// played (GO) before control, end, react and break cells (an allowed ask is approved and played on), so the clock may move with no countdown due.
/// </summary>
internal sealed class MatrixRun(Acting acting, ITestOutputHelper output)
{
    private const string StartLine = "/watch start title:Heat control:everyone in:5s";

    // One reaction per person per this long (the default of Sessions:ReactionInterval).
    private static readonly TimeSpan ReactionInterval = new SessionRulesOptions().ReactionInterval;

    // One ask for a break per person per this long (Breaks:RequestCooldown), and a second past it.
    private static readonly TimeSpan BreakCooldown = new SessionRulesOptions().Breaks.RequestCooldown + TimeSpan.FromSeconds(1);

    private readonly List<string> _outcomes = [];
    private bool _live;
    private int _newcomers;

    public async Task<IReadOnlyList<string>> RunAsync(SpaceAction[] actions, Func<Role, Audience, bool, string?> expected)
    {
        foreach (var action in actions)
        {
            var option = PermissionWords.Option(action);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var set = Plain(await acting.SayAsync("carol", $"/watch settings {option}:{PermissionWords.Typed(audience)}"));
                Assert.True(
                    set.Contains(PermissionWords.Described(audience), StringComparison.Ordinal) || set.Contains("Nothing to do", StringComparison.Ordinal),
                    $"{acting.Platform.Name}: settings {option}:{audience} answered: {set}");
                foreach (var role in Enum.GetValues<Role>())
                {
                    await CellAsync(action, audience, role, expected(role, audience, action != SpaceAction.Start));
                }
            }

            await acting.SayAsync("carol", $"/watch settings {option}:everyone");
            if (action == SpaceAction.Start)
            {
                // The sessions to come are alice's, whoever started the last one here.
                await EnsureEndedAsync();
            }
        }

        // Every refusal above showed nothing: the channel holds exactly the views the allowed lines showed.
        await EnsureLiveAsync();
        await acting.SettledAsync("carol", "/watch end");
        output.WriteLine($"== {acting.Platform.Name}: {_outcomes.Count} cells, {acting.Shown} views");
        return _outcomes;
    }

    private async Task CellAsync(SpaceAction action, Audience audience, Role role, string? mayOnly)
    {
        if (action == SpaceAction.Start)
        {
            await EnsureEndedAsync();
        }
        else
        {
            await EnsureLiveAsync();
        }

        var who = role switch
        {
            Role.Member => "m" + ++_newcomers,
            Role.Participant => "dave",
            Role.Host => "alice",
            Role.Moderator => "carol",
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        var (line, views) = action switch
        {
            SpaceAction.Start => (StartLine, 1),
            SpaceAction.Control => ("/watch pause", 1),
            SpaceAction.End => ("/watch end", 1),
            SpaceAction.React => ("/watch react emoji:🎉", 1),

            // An ask edits the card's break line in place: one view.
            SpaceAction.Break => ("/watch break", 1),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        var cell = $"{PermissionWords.Option(action)} × {role} × {PermissionWords.Typed(audience)}";
        output.WriteLine($"{acting.Platform.Name}: {cell} ({who})");
        if (action == SpaceAction.React)
        {
            await acting.WaitAsync(ReactionInterval);
        }
        else if (action == SpaceAction.Break)
        {
            await acting.WaitAsync(BreakCooldown);
        }

        var answer = Plain(await acting.SayAsync(who, line, mayOnly is null ? views : 0));
        if (mayOnly is null)
        {
            Assert.False(answer.Contains("Only ", StringComparison.Ordinal), $"{acting.Platform.Name}, {cell}: refused: {answer}");
            _outcomes.Add($"{cell}: allowed");
            await AfterAllowedAsync(action);
            return;
        }

        Assert.True(
            answer.Contains($"Only {mayOnly} can {PermissionWords.Verb(action)} here.", StringComparison.Ordinal),
            $"{acting.Platform.Name}, {cell}: expected a refusal naming {mayOnly}, got: {answer}");
        // The refusal as this platform's answer worded it: compared with the other platforms' afterwards.
        var said = answer[answer.IndexOf("Only ", StringComparison.Ordinal)..];
        _outcomes.Add($"{cell}: {said[..(said.IndexOf(" here.", StringComparison.Ordinal) + 6)]}");
    }

    /// <summary>The words of an answer without Discord's markdown escapes (<c>\(</c>), which Slack and the shell do not need.</summary>
    private static string Plain(string answer) => answer.Replace("\\", "", StringComparison.Ordinal);

    private async Task AfterAllowedAsync(SpaceAction action)
    {
        switch (action)
        {
            case SpaceAction.Start:
                _live = true;
                break;
            case SpaceAction.Control:
                // Playing again, as every control cell finds it: the countdown to GO runs out.
                await acting.SayAsync("carol", "/watch resume in:3s", views: 1);
                await acting.WaitAsync(TimeSpan.FromSeconds(3), views: 1);
                break;
            case SpaceAction.End:
                _live = false;
                break;
            case SpaceAction.Break:
                // Answered and played again, so the next cell finds no open ask and a playing session.
                await acting.SayAsync("carol", "/watch break approve", views: 1);
                await acting.SayAsync("carol", "/watch resume in:3s", views: 1);
                await acting.WaitAsync(TimeSpan.FromSeconds(3), views: 1);
                break;
        }
    }

    private async Task EnsureLiveAsync()
    {
        if (!_live)
        {
            await acting.SayAsync("alice", StartLine, views: 1);
            await acting.WaitAsync(TimeSpan.FromSeconds(5), views: 1);
            await acting.SayAsync("dave", "/watch react emoji:🍿", views: 1);
            _live = true;
        }
    }

    private async Task EnsureEndedAsync()
    {
        if (_live)
        {
            await acting.SayAsync("carol", "/watch end", views: 1);
            _live = false;
        }
    }
}
