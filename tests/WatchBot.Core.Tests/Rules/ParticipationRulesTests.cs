using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class ParticipationRulesTests
{
    [Fact]
    public void Ready_OnTheLiveSession_MarksTheSenderAndCountsThem()
    {
        var decision = Decide("/watch ready", Bob, Playing(Minute));

        var next = decision.Next!;
        Assert.Contains(Bob.User.Id, next.ReadyUserIds);
        Assert.Equal([Alice.User, Bob.User], next.Participants);
        var notice = Assert.IsType<ReadyMarked>(Assert.Single(decision.ToChannel));
        Assert.Equal(Bob.User, notice.By);
        Assert.Equal(1, notice.ReadyCount);
    }

    [Fact]
    public void Ready_WithNothingLive_IsAnRsvpForTheNextScheduledSession()
    {
        var soon = Scheduled(T0 + Hour);
        var later = Scheduled(T0 + (5 * Hour), id: new SessionId("later0000001"));

        var next = Decide("/watch ready", Bob, upcoming: [soon, later]).Next!;

        Assert.Equal(soon.Id, next.Id);
        Assert.Equal(SessionPhase.Scheduled, next.Phase);
        Assert.Contains(Bob.User.Id, next.ReadyUserIds);
    }

    [Fact]
    public void Ready_Twice_SaysYouAreAlreadyReadyAndChangesNothing()
    {
        var once = Decide("/watch ready", Bob, Playing(Minute)).Next!;

        var twice = Decide("/watch ready", Bob, once);

        Expect.ChangesNothing(twice);
        var already = Assert.IsType<AlreadySo>(twice.Reply);
        Assert.Contains("already", already.What, StringComparison.Ordinal);
        Assert.Same(once, already.Session);
    }

    [Fact]
    public void Ready_SeveralPeople_CountsEachOnce()
    {
        var session = Decide("/watch ready", Bob, Playing(Minute)).Next!;
        var decision = Decide("/watch ready", Carol, session);

        Assert.Equal(2, Assert.IsType<ReadyMarked>(Assert.Single(decision.ToChannel)).ReadyCount);
    }

    [Fact]
    public void Ready_InAnEmptyChannel_IsRefusedWithHowToStart()
    {
        var refused = Expect.Refused(Decide("/watch ready", Bob));

        Assert.NotNull(refused.Suggestion);
    }

    [Fact]
    public void React_IsStampedWithTheMediaPositionWhenItArrives()
    {
        var arrived = T0 + (42 * Second);

        var decision = Decide("/watch react emoji:😂 note:\"that face\"", Bob, Playing(Hour), now: arrived);

        var reaction = Assert.Single(decision.Next!.Reactions);
        Assert.Equal(new Reaction(1, "😂", "that face", Hour + (42 * Second), Bob.User, arrived), reaction);
        Assert.Equal(reaction, Assert.IsType<ReactionAdded>(Assert.Single(decision.ToChannel)).Reaction);
        Assert.Equal(reaction, Assert.IsType<ReactionNoted>(decision.Reply).Reaction);
        Assert.Contains(Bob.User, decision.Next.Participants);
    }

    [Fact]
    public void React_WhilePaused_IsStampedWithTheFrozenPosition()
    {
        var reaction = Assert.Single(Decide("/watch react emoji:🍿", Bob, Paused(Hour), now: T0 + Hour).Next!.Reactions);

        Assert.Equal(Hour, reaction.Position);
    }

    [Fact]
    public void React_Twice_AppendsInSequence()
    {
        var first = Decide("/watch react emoji:😂", Bob, Playing(Minute)).Next!;
        var second = Decide("/watch react emoji:😱", Alice, first, now: T0 + (10 * Second)).Next!;

        Assert.Equal([1, 2], second.Reactions.Select(r => r.Sequence));
        Assert.Equal(["😂", "😱"], second.Reactions.Select(r => r.Emoji));
        Assert.Equal([Minute, Minute + (10 * Second)], second.Reactions.Select(r => r.Position));
    }

    [Theory]
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467")]
    [InlineData("\U0001F44D\U0001F3FD")]
    [InlineData("\U0001F1EB\U0001F1F7")]
    [InlineData("\u2764\uFE0F")]
    public void React_KeepsCompositeEmojiWhole(string emoji)
    {
        var decision = SessionRules.Decide(Context(Bob, Playing(Minute)), new ReactCommand(emoji, null));

        Assert.Equal(emoji, Assert.Single(decision.Next!.Reactions).Emoji);
    }

    [Fact]
    public void React_WithAShortcode_AsTheErrorMessageSuggests_IsAccepted()
    {
        var decision = Decide("/watch react emoji::joy:", Bob, Playing(Minute));

        Assert.Equal(":joy:", Assert.Single(decision.Next!.Reactions).Emoji);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("so funny")]
    [InlineData("hahaha")]
    [InlineData("\u202E")]
    public void React_WithWordsOrNothingForAnEmoji_IsInvalid(string emoji)
    {
        var error = Expect.Invalid(SessionRules.Decide(Context(Bob, Playing(Minute)), new ReactCommand(emoji, null)));

        Assert.Contains("note:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void React_NoteIsCleanedAndAnEmptyNoteIsNone()
    {
        var cleaned = Decide("/watch react emoji:😂 note:\"that\nface\u202E\"", Bob, Playing(Minute)).Next!;
        var empty = Decide("/watch react emoji:😂 note:\"  \"", Bob, Playing(Minute)).Next!;

        Assert.Equal("that face", Assert.Single(cleaned.Reactions).Note);
        Assert.Null(Assert.Single(empty.Reactions).Note);
    }

    [Fact]
    public void React_NoteTooLong_IsInvalid()
    {
        var command = new ReactCommand("😂", new string('a', 201));

        var error = Expect.Invalid(SessionRules.Decide(Context(Bob, Playing(Minute)), command));

        Assert.Contains("200", error.Message, StringComparison.Ordinal);
        Assert.NotNull(SessionRules.Decide(Context(Bob, Playing(Minute)), command with { Note = new string('a', 200) }).Next);
    }
}
