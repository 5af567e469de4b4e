using System.Globalization;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary>
/// <c>ready:</c> and <c>wait:</c>, declared once and added to <c>/watch start</c> and <c>/watch schedule</c>.
/// The bound on the number is a sanity limit of the grammar; the wait is checked by the rules.
/// </summary>
internal static class ReadyCheckOptions
{
    public const int MaxCount = 100;

    public static readonly CommandOption Ready = new("ready", OptionKind.Text, "GO waits until N are ready, or all") { MaxLength = 3 };

    public static readonly CommandOption Wait = new("wait", OptionKind.Duration, "With ready: start anyway after, e.g. 5m");

    /// <summary>The ready check asked for; null when <c>ready:</c> is absent.</summary>
    public static ParseResult? Read(OptionValues values, out ReadyRequest? request)
    {
        request = null;
        var waitFailure = values.Duration(Wait.Name, out var wait);
        if (waitFailure is not null)
        {
            return waitFailure;
        }

        var text = values.Text(Ready.Name)?.Trim();
        if (text is null)
        {
            return wait is null
                ? null
                : values.Failure("wait: goes with ready: (how many must be ready before GO).", values.SubCommand.Example + " ready:3 wait:5m");
        }

        if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            request = new ReadyRequest(null, wait);
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxCount)
        {
            return values.Failure(
                $"ready: is how many must be ready before GO, a whole number from 1 to {MaxCount} or all, not \"{Excerpt.Of(text)}\".",
                values.Corrected(Ready.Name, "3"));
        }

        request = new ReadyRequest(count, wait);
        return null;
    }
}
