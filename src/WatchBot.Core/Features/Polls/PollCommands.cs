using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Polls;

// The poll's commands, one file on purpose: each record is a line.

/// <summary>What <c>/watch poll</c> does.</summary>
public enum PollVerb
{
    /// <summary>Open nominations for a booked session (host or moderators).</summary>
    Open,

    /// <summary>Close voting now (host or moderators).</summary>
    Close,

    /// <summary>Remove a nomination (host or moderators).</summary>
    Remove,

    /// <summary>Show the poll to the sender.</summary>
    Show,
}

/// <summary><c>/watch poll open|close|remove|show</c>.</summary>
/// <param name="Verb">What to do.</param>
/// <param name="Booking">Open: the booked session (id or title), or a series' title; null: the next booked one.</param>
/// <param name="Closes">Open: when voting ends; null: one hour before the start.</param>
/// <param name="Number">Remove: which nomination.</param>
public sealed record PollCommand(PollVerb Verb, string? Booking = null, Sessions.Commands.ScheduleTime? Closes = null, int? Number = null) : WatchCommand
{
    /// <summary>Open with <c>carry:yes</c>: the titles that did not win the channel's last closed poll start the new one.</summary>
    public bool Carry { get; init; }

    public override string Name => "poll";
}

/// <summary><c>/watch nominate title:"…"</c>: put a title forward (one per person; a second replaces the first).</summary>
public sealed record NominateCommand(string Title) : WatchCommand, Sessions.Commands.IRatedCommand
{
    /// <summary><c>rated:18</c> (or <c>adult:yes</c>): an age-restricted title.</summary>
    public bool Adult { get; init; }

    public override string Name => "nominate";
}

/// <summary><c>/watch vote n:2</c>: vote for a nomination (one vote per person, changeable until the poll closes).</summary>
public sealed record VoteCommand(int Number) : WatchCommand
{
    public override string Name => "vote";
}
