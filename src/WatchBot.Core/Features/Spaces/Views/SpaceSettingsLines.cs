using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Spaces.Views;

/// <summary>The settings other than the zone, as <c>/watch settings</c> lists them: every action, then the rest.</summary>
internal static class SpaceSettingsLines
{
    public static IEnumerable<ViewLine> Of(SpaceSettings settings)
    {
        var who = Enum.GetValues<SpaceAction>()
            .Select(a => $"{PermissionWords.Option(a)}: {PermissionWords.Typed(Permissions.Of(settings, a))}");
        yield return Plain($"Who may: {string.Join(" · ", who)} (host = the host and moderators; moderators may always).");
        yield return Plain(settings.ControlFallsAbove is { } n
            ? $"Control above {n} people watching: the host and moderators only."
            : "Control falls to the host above a number of people: off.");
        yield return Plain(settings.AutoBreak is { } auto
            ? $"Automatic break: after asks from {Breaks.Views.BreakViews.Threshold(auto)} within a minute."
            : "Automatic break: off.");
        yield return new ViewLine([new TextPart("Audit channel: "), settings.AuditChannelId is { } id ? new UserTextPart($"#{id}") : new TextPart("none")]);
        yield return settings.AgeRestrictedChannels.IsEmpty
            ? Plain("Age-restricted channels marked here: none.")
            : new ViewLine([new TextPart("Age-restricted channels marked here: "), new UserTextPart(string.Join(", ", settings.AgeRestrictedChannels.Order(StringComparer.Ordinal).Select(c => $"#{c}")))]);
    }

    private static ViewLine Plain(string text) => ViewLine.Of(new TextPart(text));
}
