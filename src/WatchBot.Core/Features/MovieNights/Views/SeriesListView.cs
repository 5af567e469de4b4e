using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary><c>/watch series</c>: each repeating movie night here, its rule, and its next booked occurrence.</summary>
public static class SeriesListView
{
    public static Reply Of(SeriesListed listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        if (listed.Series.Count == 0)
        {
            return new Reply(ViewLine.Of($"No repeating movie night here. Set one up: /watch schedule title:\"Friday Film Club\" at:\"friday 21:00\" repeat:weekly"));
        }

        var lines = new List<ViewLine> { ViewLine.Of($"🔁 Repeating movie nights here:") };
        foreach (var series in listed.Series)
        {
            var next = listed.Upcoming.FirstOrDefault(s => s.Occurrence?.Series == series.Id);
            lines.Add(next is { ScheduledFor: { } at }
                ? ViewLine.Of($"• {SeriesWords.Title(series)}: {SeriesWords.Rule(series)}. Next: {SessionWords.Title(next)} {at:F} ({at:R}).")
                : ViewLine.Of($"• {SeriesWords.Title(series)}: {SeriesWords.Rule(series)}. No occurrence booked right now."));
        }

        lines.Add(ViewLine.Of($"Skip one: /watch skip · end one: /watch series end title:\"…\""));
        return new Reply(lines);
    }
}
