namespace WatchBot.Core.Features.Spaces;

/// <summary>The actions a space can open or close to people. Stored by name: add members, never rename them.</summary>
public enum SpaceAction
{
    /// <summary><c>start</c> and <c>schedule</c>.</summary>
    Start,

    /// <summary><c>pause</c>, <c>resume</c>, <c>seek</c>.</summary>
    Control,

    End,
    React,
    Break,
    Nominate,
    Vote,
}

/// <summary>Who may do a <see cref="SpaceAction"/>, widest first. Stored by name: add members, never rename them.</summary>
public enum Audience
{
    Everyone,
    Participants,
    HostAndModerators,
    Moderators,
}
