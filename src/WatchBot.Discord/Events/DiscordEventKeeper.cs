using System.Text.Json;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rest;
using WatchBot.Engine.Ports;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Events;

/// <summary>
/// Keeps a Guild Scheduled Event in step with each booking (the kit hands it every
/// <see cref="Listing"/> in its channel's order). The event's id is kept under <c>event:{key}</c> in
/// the platform links; each listing reads the event back and moves it only as far as Discord allows
/// (PROTOCOLS §5a): SCHEDULED→ACTIVE→COMPLETED, SCHEDULED→CANCELED, COMPLETED and CANCELED final.
/// Discord also moves EXTERNAL events by itself at their start and end, so a listing finding its
/// event already there does nothing. A refusal (permission, 100 events) is told once per guild and
/// never stops anything else: the keeper answers the kit "sent" for it.
/// </summary>
internal sealed partial class DiscordEventKeeper(
    IDiscordRestClient rest,
    IPlatformLinks links,
    GuildEventGrants grants,
    DiscordEventNotes notes,
    TimeProvider time,
    ILogger<DiscordEventKeeper> logger) : IListingKeeper
{
    /// <summary>Discord's code for 100 uncompleted events in a guild (DD <c>opcodes-and-status-codes.mdx</c>).</summary>
    public const int MaxEvents = 30038;

    /// <summary>Unknown Guild Scheduled Event.</summary>
    public const int UnknownEvent = 10070;

    public static string LinkKey(string listingKey) => "event:" + listingKey;

    public async Task<SendResult> KeepAsync(ChannelAddress channel, Listing listing, SendCause? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(listing);
        if (!Snowflake.TryParse(channel.SpaceId, out var guild) || !Snowflake.TryParse(channel.ChannelId, out var channelId))
        {
            return SendResult.Failed("not_a_snowflake");
        }

        var place = new Place(channel, guild, channelId, cause);
        var key = LinkKey(listing.Key);
        if (await links.GetAsync(DiscordPlatform.Name, key, cancellationToken) is { } linked && Snowflake.TryParse(linked, out var eventId))
        {
            var read = await rest.SendAsync(DiscordRoute.GetEvent(guild, eventId), null, cancellationToken);
            if (read.IsSuccess && ScheduledEvent.Read(read.Body ?? default) is { } current && !(current.IsFinal && CanListAgain(listing)))
            {
                return await StepAsync(place, current, listing, cancellationToken);
            }

            if (!read.IsSuccess && read.Status != 404 && read.Code != UnknownEvent)
            {
                return await RefusedAsync(place, read, cancellationToken);
            }

            // Deleted by someone, or over while the booking is listed again: a new event takes its place.
            await links.DeleteAsync(DiscordPlatform.Name, key, cancellationToken);
        }

        return await ListAsync(place, listing, cancellationToken);
    }

    /// <summary>A booking without an event gets one only while it is scheduled and ahead (Discord refuses a past start).</summary>
    private bool CanListAgain(Listing listing) => listing.Status == ListingStatus.Scheduled && listing.Start > time.GetUtcNow();

    private async Task<SendResult> ListAsync(Place place, Listing listing, CancellationToken cancellationToken)
    {
        if (!CanListAgain(listing))
        {
            return SendResult.Sent();
        }

        if (grants.IsMissing(place.Channel.SpaceId))
        {
            await TellAsync(place, DiscordEventNotes.Permission, cancellationToken);
            return SendResult.Sent();
        }

        // An event this booking already has (created just before a crash), or the series' recurring one.
        var found = await FindAsync(place, listing, cancellationToken);
        if (found is { Refusal: { } refusal })
        {
            return await RefusedAsync(place, refusal, cancellationToken);
        }

        if (found.Event is { } existing)
        {
            await links.SetAsync(DiscordPlatform.Name, LinkKey(listing.Key), existing.Id, cancellationToken);
            Log.EventAdopted(logger, place.Channel.SpaceId, existing.Id);
            return await StepAsync(place, existing, listing, cancellationToken);
        }

        var created = await rest.SendAsync(DiscordRoute.CreateEvent(place.Guild), DiscordEventBody.Create(listing, place.ChannelId.ToString()), cancellationToken);
        if (!created.IsSuccess || created.Id is not { } id)
        {
            return await RefusedAsync(place, created, cancellationToken);
        }

        await links.SetAsync(DiscordPlatform.Name, LinkKey(listing.Key), id, cancellationToken);
        Log.EventCreated(logger, place.Channel.SpaceId, id);
        return SendResult.Sent();
    }

    /// <summary>Reads the guild's events for one carrying this booking's marker, or this channel's weekly series.</summary>
    private async Task<(ScheduledEvent? Event, DiscordResult? Refusal)> FindAsync(Place place, Listing listing, CancellationToken cancellationToken)
    {
        var listed = await rest.SendAsync(DiscordRoute.ListEvents(place.Guild), null, cancellationToken);
        if (!listed.IsSuccess)
        {
            return (null, listed);
        }

        var events = listed.Body is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(ScheduledEvent.Read).OfType<ScheduledEvent>().Where(e => !e.IsFinal).ToList()
            : [];
        var marker = DiscordEventBody.Marker(listing.Key);
        var signature = DiscordRecurrence.Signature(listing);
        var location = DiscordEventBody.Location(place.ChannelId.ToString());
        var mine = events.FirstOrDefault(e => e.Description?.EndsWith(marker, StringComparison.Ordinal) == true)
            ?? (signature is null ? null : events.FirstOrDefault(e => e.Repeat == signature && e.Location == location
                && e.Description?.Contains(DiscordEventBody.Marker(""), StringComparison.Ordinal) == true));
        return (mine, null);
    }
}
