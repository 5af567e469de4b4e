using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Text.Times;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// A person's own time zone from Slack (users.info → <c>user.tz</c>, PROTOCOLS.md §9b), when the
/// workspace granted the optional <c>users:read</c>. Remembered per person for
/// <see cref="SlackOptions.UserZoneMemory"/> (and a workspace without the scope is not asked again for
/// as long); one call at most per command, cut at <see cref="SlackOptions.UserZoneTimeout"/>. Any
/// failure is null: the command is then read in the workspace's zone, and nobody is told.
/// </summary>
internal sealed class SlackUserZones(ISlackWebApi api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackUserZones> logger)
{
    /// <summary>Beyond this many people remembered, the expired ones are dropped.</summary>
    private const int Prune = 10_000;

    private readonly ConcurrentDictionary<(string Team, string User), (string? Zone, DateTimeOffset Until)> _people = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notGranted = new(StringComparer.Ordinal);

    /// <summary>The person's IANA zone as the tz database names it, or null (not granted, not set, not known, too slow).</summary>
    public async Task<string?> ForAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (settings.UserZoneTimeout <= TimeSpan.Zero || _notGranted.TryGetValue(teamId, out var until) && until > now)
        {
            return null;
        }

        if (_people.TryGetValue((teamId, userId), out var known) && known.Until > now)
        {
            return known.Zone;
        }

        SlackApiResult result;
        using (var timeout = new CancellationTokenSource(settings.UserZoneTimeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                result = await api.UserInfoAsync(teamId, userId, linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not remembered: a slow moment is no reason to read this person's times in another zone for hours.
                Log.UserZoneUnknown(logger, userId, teamId, "timed out");
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.UserZoneUnknown(logger, userId, teamId, ex.GetType().Name);
                return null;
            }
        }

        return Remember(teamId, userId, result, now + settings.UserZoneMemory);
    }

    private string? Remember(string teamId, string userId, SlackApiResult result, DateTimeOffset until)
    {
        if (result.Error is "missing_scope" or "not_allowed_token_type" or "no_permission")
        {
            _notGranted[teamId] = until;
            Log.UsersReadNotGranted(logger, teamId, result.Error);
            return null;
        }

        // Only Slack's own answers about the person are remembered; a transport failure is asked again next time.
        if (!result.Ok && result.Error is not ("user_not_found" or "user_not_visible"))
        {
            Log.UserZoneUnknown(logger, userId, teamId, result.Error ?? "failed");
            return null;
        }

        var tz = result.Body?["user"] is JsonObject user && user["tz"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var zone = tz is null ? null : TimeZoneNames.Find(tz);
        if (zone is null)
        {
            Log.UserZoneUnknown(logger, userId, teamId, result.Ok ? "no known tz" : result.Error!);
        }

        if (_people.Count >= Prune)
        {
            var now = time.GetUtcNow();
            foreach (var stale in _people.Where(p => p.Value.Until <= now).Select(p => p.Key).ToList())
            {
                _people.TryRemove(stale, out _);
            }
        }

        _people[(teamId, userId)] = (zone, until);
        return zone;
    }
}
