namespace WatchBot.Core.Tests.Rules;

/// <summary>What kind of answer a command gets.</summary>
public enum Outcome
{
    /// <summary>The session changes: there is a next value to save.</summary>
    Accepted,

    /// <summary>Cannot be done here, now, or by this sender: a polite answer to the sender only.</summary>
    Refused,

    /// <summary>Already holds (pause while paused): the current state, to the sender only.</summary>
    AlreadySo,

    /// <summary>A question (status, help): an answer to the sender only.</summary>
    Reply,
}
