using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

// Skipping one occurrence, ending a series, listing them. Skip and end cancel the booked occurrence in
// the same commit as the series change; the following occurrence (after a skip) is then booked by EnsureNext.
public static partial class MovieNightRules
{
    private static Decision Skip(CommandContext context, SkipCommand command)
    {
        var (series, refusal) = PickSeries(context, command.Title, "/watch skip");
        if (series is null)
        {
            return refusal!;
        }

        if (!MayChange(series.Host, context.Actor))
        {
            return Decision.Refuse($"Only the host of \"{series.Title}\" or a moderator can skip one of its evenings.", "/watch series");
        }

        if (context.Upcoming.FirstOrDefault(s => s.Occurrence?.Series == series.Id) is not { Occurrence: { } occurrence } booked)
        {
            return Decision.Refuse($"\"{series.Title}\" has no occurrence booked right now (one may be running). Try again once the next one is booked.", "/watch series");
        }

        var cancelled = CancelledAt(booked, context.Now);
        var skipping = series with { Skipped = series.Skipped.Add(occurrence.Date) };
        return new Decision
        {
            Next = cancelled,
            Changes = [new SeriesChange(skipping)],
            ToChannel = [new OccurrenceSkipped(cancelled, skipping, booked.ScheduledFor ?? context.Now, context.Actor.User)],
            Disarm = [booked.Id],
        };
    }

    private static Decision EndSeries(CommandContext context, SeriesCommand command)
    {
        var (series, refusal) = PickSeries(context, command.Title, "/watch series end");
        if (series is null)
        {
            return refusal!;
        }

        if (!MayChange(series.Host, context.Actor))
        {
            return Decision.Refuse($"Only the host of \"{series.Title}\" or a moderator can end it.", "/watch series");
        }

        var ended = series with { EndedAt = context.Now };
        if (context.Upcoming.FirstOrDefault(s => s.Occurrence?.Series == series.Id) is { } booked)
        {
            var cancelled = CancelledAt(booked, context.Now);
            return new Decision
            {
                Next = cancelled,
                Changes = [new SeriesChange(ended)],
                ToChannel = [new SeriesEnded(ended, cancelled, booked.ScheduledFor, context.Actor.User)],
                Disarm = [booked.Id],
            };
        }

        // A series is saved beside a session: with nothing booked, its running occurrence carries the
        // change unchanged (it plays on; only the evenings after it are gone).
        if (context.Live is { } live && live.Occurrence?.Series == series.Id)
        {
            return new Decision { Next = live, Changes = [new SeriesChange(ended)], ToChannel = [new SeriesEnded(ended, null, null, context.Actor.User)] };
        }

        return Decision.Refuse($"\"{series.Title}\" has no occurrence booked right now; try again in a moment.", "/watch series");
    }

    private static Decision ListSeries(CommandContext context) =>
        Decision.ReplyOnly(new SeriesListed(context.Series, context.Upcoming));
}
