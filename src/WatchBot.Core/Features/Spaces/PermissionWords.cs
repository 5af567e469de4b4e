using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Features.Spaces;

/// <summary>The words for actions and audiences: in refusals, in <c>/watch settings</c>, and what people type.</summary>
public static class PermissionWords
{
    /// <summary>The option each action is set with: <c>start:</c>, <c>control:</c>…</summary>
    public static string Option(SpaceAction action) => action switch
    {
        SpaceAction.Start => "start",
        SpaceAction.Control => "control",
        SpaceAction.End => "end",
        SpaceAction.React => "react",
        SpaceAction.Break => "breaks",
        SpaceAction.Nominate => "nominate",
        SpaceAction.Vote => "vote",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The word an audience is typed as: <c>everyone|participants|host|mods</c>.</summary>
    public static string Typed(Audience audience) => audience switch
    {
        Audience.Everyone => "everyone",
        Audience.Participants => "participants",
        Audience.HostAndModerators => "host",
        Audience.Moderators => "mods",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    /// <summary>The audience a typed word means (any case), or null.</summary>
    public static Audience? Parse(string typed) =>
        Enum.GetValues<Audience>().Cast<Audience?>().FirstOrDefault(a => string.Equals(Typed(a!.Value), typed.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What doing the action is called in a sentence: "control playback (pause, resume, seek)".</summary>
    public static string Verb(SpaceAction action) => action switch
    {
        SpaceAction.Start => "start or schedule a session",
        SpaceAction.Control => "control playback (pause, resume, seek)",
        SpaceAction.End => "end a session",
        SpaceAction.React => "react",
        SpaceAction.Break => "ask for breaks",
        SpaceAction.Nominate => "nominate",
        SpaceAction.Vote => "vote",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Who an audience is, in words: "the host (alice) and moderators".</summary>
    public static string Who(Audience audience, WatchSession? session) => audience switch
    {
        Audience.Everyone => "everyone",
        Audience.Participants => session is null ? "moderators (nobody has joined a session yet)" : "people taking part in the session and moderators",
        Audience.HostAndModerators => session is null ? "moderators (there is no host before a session)" : $"the host ({session.Host.DisplayName}) and moderators",
        _ => "moderators",
    };

    /// <summary>Who an audience is in the settings list, with no session in mind.</summary>
    public static string Described(Audience audience) => audience switch
    {
        Audience.Everyone => "everyone",
        Audience.Participants => "participants (and the host and moderators)",
        Audience.HostAndModerators => "the host and moderators",
        _ => "moderators only",
    };
}
