using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Events;

internal sealed partial class DiscordEventKeeper
{
    /// <summary>
    /// A recurring event shows one occurrence at a time (Discord moves it to the next when one ends,
    /// discord/discord-api-docs#6885): a listing more than this far from what it shows is another
    /// occurrence's, left alone until the event comes round to it.
    /// </summary>
    private static readonly TimeSpan OccurrenceReach = TimeSpan.FromHours(24);

    /// <summary>Moves <paramref name="current"/> towards <paramref name="listing"/>, one allowed transition at a time.</summary>
    private async Task<SendResult> StepAsync(Place place, ScheduledEvent current, Listing listing, CancellationToken cancellationToken)
    {
        if (current.IsFinal || (current.Repeat is not null && (current.Start - listing.Start).Duration() > OccurrenceReach))
        {
            return SendResult.Sent();
        }

        var id = Snowflake.Parse(current.Id);
        switch (listing.Status, current.Status)
        {
            case (ListingStatus.Scheduled or ListingStatus.Active, _):
                var patch = DiscordEventBody.Changes(current, listing);
                if (listing.Status == ListingStatus.Active && current.Status == DiscordEventStatus.Scheduled)
                {
                    patch["status"] = (int)DiscordEventStatus.Active;
                }

                return patch.Count == 0 ? SendResult.Sent() : await PatchAsync(place, id, patch, cancellationToken);

            case (ListingStatus.Completed, DiscordEventStatus.Scheduled):
                // Never went ACTIVE here (it ended before its countdown reached Discord): through ACTIVE, the only way.
                var started = await PatchAsync(place, id, Status(DiscordEventStatus.Active), cancellationToken);
                return started.IsSent ? await PatchAsync(place, id, Status(DiscordEventStatus.Completed), cancellationToken) : started;

            case (ListingStatus.Completed, _):
                return await PatchAsync(place, id, Status(DiscordEventStatus.Completed), cancellationToken);

            case (ListingStatus.Cancelled, DiscordEventStatus.Scheduled):
                return await PatchAsync(place, id, Status(DiscordEventStatus.Canceled), cancellationToken);

            default:
                // Cancelled while ACTIVE (Discord started it at its time, the session never ran): an ACTIVE
                // event cannot be CANCELED, and COMPLETED would say it happened, so it is deleted.
                var deleted = await rest.SendAsync(DiscordRoute.DeleteEvent(place.Guild, id), null, cancellationToken);
                if (!deleted.IsSuccess && deleted.Status != 404)
                {
                    return await RefusedAsync(place, deleted, cancellationToken);
                }

                await links.DeleteAsync(DiscordPlatform.Name, LinkKey(listing.Key), cancellationToken);
                Log.EventChanged(logger, place.Channel.SpaceId, current.Id, "deleted");
                return SendResult.Sent();
        }
    }

    private async Task<SendResult> PatchAsync(Place place, Snowflake id, JsonObject patch, CancellationToken cancellationToken)
    {
        var what = string.Join(',', patch.Select(p => p.Key));
        var result = await rest.SendAsync(DiscordRoute.ModifyEvent(place.Guild, id), patch, cancellationToken);
        if (!result.IsSuccess)
        {
            return await RefusedAsync(place, result, cancellationToken);
        }

        Log.EventChanged(logger, place.Channel.SpaceId, id.ToString(), what);
        return SendResult.Sent();
    }

    /// <summary>A refusal becomes what the kit understands; a missing permission or a full guild is told once and is not a failure.</summary>
    private async Task<SendResult> RefusedAsync(Place place, DiscordResult result, CancellationToken cancellationToken)
    {
        if (result.IsMissingPermissions)
        {
            grants.Refused(place.Channel.SpaceId);
            await TellAsync(place, DiscordEventNotes.Permission, cancellationToken);
            return SendResult.Sent();
        }

        if (result.Code == MaxEvents)
        {
            await TellAsync(place, DiscordEventNotes.Limit, cancellationToken);
            return SendResult.Sent();
        }

        var detail = (result.Code != 0 ? result.Code : result.Status).ToString(CultureInfo.InvariantCulture);
        Log.EventFailed(logger, place.Channel.SpaceId, result.Status, result.Code);
        return result.Status == 429 ? SendResult.Throttled(RetryAfter(result)) : SendResult.Failed(detail);
    }

    private async Task TellAsync(Place place, string reason, CancellationToken cancellationToken)
    {
        if (await notes.TellOnceAsync(place.Channel, place.ChannelId, reason, place.Cause, cancellationToken))
        {
            Log.EventNoteTold(logger, place.Channel.SpaceId, reason);
        }
    }

    private static JsonObject Status(DiscordEventStatus status) => new() { ["status"] = (int)status };

    private static TimeSpan RetryAfter(DiscordResult result) =>
        result.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds)
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600))
            : TimeSpan.FromSeconds(1);

    /// <summary>Where a listing is kept: its channel, as snowflakes, and whoever caused it.</summary>
    private sealed record Place(ChannelAddress Channel, Snowflake Guild, Snowflake ChannelId, SendCause? Cause);
}
