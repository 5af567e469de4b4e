using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Grammar;

/// <summary>
/// Reads <see cref="OptionKind.InstantPhrase"/> values (<c>friday 9pm</c>, <c>in 2h</c>, an ISO
/// instant with its offset; the forms are <see cref="WhenPhraseReader.Forms"/>). Only the syntax is
/// checked here; where the time falls is decided by the rules, in the space's zone.
/// </summary>
internal static class InstantPhrase
{
    /// <summary>The time, or false with what is wrong with it (null when nothing more precise than "unreadable").</summary>
    public static bool TryParse(string text, out ScheduleTime at, out string? problem)
    {
        at = ScheduleTime.In(TimeSpan.Zero);
        if (WhenPhraseReader.Read(text, out problem) is not { } phrase)
        {
            return false;
        }

        at = ScheduleTime.Of(phrase);
        return true;
    }
}
