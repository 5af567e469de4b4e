using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WatchBot.Emulators.Slack;

/// <summary>
/// users.info as Slack answers it (PROTOCOLS.md §9b; shape of <c>slack_web_users_info_response_ok.json</c>):
/// only with the optional <c>users:read</c> (<see cref="UsersReadGranted"/>; without it <c>missing_scope</c>),
/// <c>user_not_found</c> for a person it does not know, and a person's <c>tz</c> when they have one.
/// Its arguments come as form fields, as Slack's read methods take them.
/// </summary>
public sealed partial class SlackApiEmulator
{
    private readonly ConcurrentDictionary<string, string?> _userZones = new(StringComparer.Ordinal);

    /// <summary>Whether the installed app was granted <c>users:read</c>. Default false, like WatchBot's manifest.</summary>
    public bool UsersReadGranted { get; set; }

    /// <summary>When set, users.info waits this long before answering (a slow Slack).</summary>
    public TimeSpan UsersInfoDelay { get; set; }

    /// <summary>A person users.info knows, with their IANA zone (null: none set, like a bot).</summary>
    public void AddUser(string userId, string? timeZone) => _userZones[userId] = timeZone;

    private static async Task<JsonObject> ReadFormAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var body = new JsonObject();
        foreach (var (key, value) in form)
        {
            body[key] = value.ToString();
        }

        return body;
    }

    private async Task<JsonObject> UserInfoAsync(JsonObject body)
    {
        if (UsersInfoDelay > TimeSpan.Zero)
        {
            await Task.Delay(UsersInfoDelay, TimeProvider.System);
        }

        if (!UsersReadGranted)
        {
            return new JsonObject { ["error"] = "missing_scope" };
        }

        var id = body["user"]?.GetValue<string>() ?? "";
        if (!_userZones.TryGetValue(id, out var zone))
        {
            return new JsonObject { ["error"] = "user_not_found" };
        }

        var user = new JsonObject { ["id"] = id, ["name"] = id.ToLowerInvariant(), ["is_bot"] = zone is null, ["team_id"] = "T0TEAM" };
        if (zone is not null)
        {
            user["tz"] = zone;
            user["tz_label"] = zone;
            user["tz_offset"] = 0; // never read: Slack's own advice is to use tz (PROTOCOLS.md §9b)
        }

        return new JsonObject { ["user"] = user };
    }
}
