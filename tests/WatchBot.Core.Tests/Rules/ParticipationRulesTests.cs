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
        var decision = Decide("/watch ready", Bob, Paused(Minute));

        var next = decision.Next!;
        Assert.Contains(Bob.User.Key, next.ReadyUserIds);
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
        Assert.Contains(Bob.User.Key, next.ReadyUserIds);
    }

    [Fact]
    public void Ready_Twice_SaysYouAreAlreadyReadyAndChangesNothing()
    {
        var once = Decide("/watch ready", Bob, Paused(Minute)).Next!;

        var twice = Decide("/watch ready", Bob, once);

        Expect.ChangesNothing(twice);
        var already = Assert.IsType<AlreadySo>(twice.Reply);
        Assert.Contains("already", already.What, StringComparison.Ordinal);
        Assert.Same(once, already.Session);
    }

    [Fact]
    public void Ready_SeveralPeople_CountsEachOnce()
    {
        var session = Decide("/watch ready", Bob, CountingDown(T0 + Minute)).Next!;
        var decision = Decide("/watch ready", Carol, session);

        Assert.Equal(2, Assert.IsType<ReadyMarked>(Assert.Single(decision.ToChannel)).ReadyCount);
    }

    [Fact]
    public void Ready_WhilePlaying_IsRefusedPolitely()
    {
        var refused = Expect.Refused(Decide("/watch ready", Bob, Playing(Minute)));

        Assert.Contains("already playing", refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SessionPhase.CountingDown)]
    [InlineData(SessionPhase.Paused)]
    [InlineData(SessionPhase.Scheduled)]
    public void Ready_BeforeAStartOrDuringAPause_IsCounted(SessionPhase phase)
    {
        var session = phase switch
        {
            SessionPhase.CountingDown => CountingDown(T0 + Minute),
            SessionPhase.Paused => Paused(Minute),
            _ => Scheduled(T0 + Hour),
        };

        var decision = phase == SessionPhase.Scheduled ? Decide("/watch ready", Bob, upcoming: [session]) : Decide("/watch ready", Bob, session);

        Assert.Equal(1, Assert.IsType<ReadyMarked>(Assert.Single(decision.ToChannel)).ReadyCount);
    }

    [Fact]
    public void Ready_Twice_OnAScheduledSession_AnswersWithTheSessionItself()
    {
        var once = Decide("/watch ready", Bob, upcoming: [Scheduled(T0 + Hour)]).Next!;

        var already = Assert.IsType<AlreadySo>(Decide("/watch ready", Bob, upcoming: [once]).Reply);

        // The renderers show a scheduled session's start time, not a position (RendererTests cover the text).
        Assert.Equal(SessionPhase.Scheduled, already.Session.Phase);
        Assert.Equal(T0 + Hour, already.Session.ScheduledFor);
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

        var reaction = Assert.Single(decision.NewReactions);
        Assert.Equal(new Reaction(1, "😂", "that face", Hour + (42 * Second), Bob.User, arrived), reaction);
        Assert.Equal(1, decision.Next!.Reactions.Count);
        Assert.Equal(arrived, decision.Next.Reactions.LastBy(Bob.User.Key));
        Assert.Equal(reaction, Assert.IsType<ReactionAdded>(Assert.Single(decision.ToChannel)).Reaction);
        Assert.Equal(reaction, Assert.IsType<ReactionNoted>(decision.Reply).Reaction);
        Assert.Contains(Bob.User, decision.Next.Participants);
    }

    [Fact]
    public void React_WhilePaused_IsStampedWithTheFrozenPosition()
    {
        var reaction = Assert.Single(Decide("/watch react emoji:🍿", Bob, Paused(Hour), now: T0 + Hour).NewReactions);

        Assert.Equal(Hour, reaction.Position);
    }

    [Fact]
    public void React_Twice_AppendsInSequence()
    {
        var first = Decide("/watch react emoji:😂", Bob, Playing(Minute));
        var second = Decide("/watch react emoji:😱", Bob, first.Next!, now: T0 + (10 * Second));

        Reaction[] appended = [.. first.NewReactions, .. second.NewReactions];
        Assert.Equal([1, 2], appended.Select(r => r.Sequence));
        Assert.Equal(["😂", "😱"], appended.Select(r => r.Emoji));
        Assert.Equal([Minute, Minute + (10 * Second)], appended.Select(r => r.Position));
        Assert.Equal(2, second.Next!.Reactions.Count);
        Assert.Equal(T0 + (10 * Second), second.Next.Reactions.LastBy(Bob.User.Key));
    }

    [Theory]
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467")]
    [InlineData("\U0001F44D\U0001F3FD")]
    [InlineData("\U0001F1EB\U0001F1F7")]
    [InlineData("\u2764\uFE0F")]
    public void React_KeepsCompositeEmojiWhole(string emoji)
    {
        var decision = SessionRules.Decide(Context(Bob, Playing(Minute)), new ReactCommand(emoji, null));

        Assert.Equal(emoji, Assert.Single(decision.NewReactions).Emoji);
    }

    [Fact]
    public void React_WithAShortcode_AsTheErrorMessageSuggests_IsStoredAsTheEmoji()
    {
        var decision = Decide("/watch react emoji::joy:", Bob, Playing(Minute));

        Assert.Equal("😂", Assert.Single(decision.NewReactions).Emoji);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("so funny")]
    [InlineData("hahaha")]
    [InlineData("\u202E")]
    [InlineData("lol")]
    [InlineData("x")]
    [InlineData("wow")]
    [InlineData("😂😂")]
    [InlineData(":lol:")]
    [InlineData("<:party:123456789012345678>")] // a Discord custom emoji outside Discord
    public void React_WithWordsOrNothingOrSeveral_IsRefusedWithAnExample(string emoji)
    {
        var error = Expect.Invalid(SessionRules.Decide(Context(Bob, Playing(Minute)), new ReactCommand(emoji, null)));

        Assert.Contains("one emoji", error.Message, StringComparison.Ordinal);
        Assert.Contains("note:", error.Message, StringComparison.Ordinal);
        Assert.Contains("emoji:😂", error.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void React_WithADiscordCustomEmoji_IsKeptOnDiscord()
    {
        var onDiscord = Context(Bob, Playing(Minute)) with { Channel = new ChannelAddress("discord", "g", "c") };

        var decision = SessionRules.Decide(onDiscord, new ReactCommand("<a:party:123456789012345678>", null));

        Assert.Equal("<a:party:123456789012345678>", Assert.Single(decision.NewReactions).Emoji);
    }

    [Fact]
    public void React_EightTimesInUnderASecond_KeepsAndShowsOnlyTheFirst()
    {
        var session = Playing(Minute);
        var decisions = new List<Decision>();
        for (var i = 0; i < 8; i++)
        {
            var decision = Decide("/watch react emoji:🔥", Bob, session, now: T0 + TimeSpan.FromMilliseconds(100 * i));
            decisions.Add(decision);
            session = decision.Next ?? session;
        }

        Assert.Equal(1, session.Reactions.Count);
        Assert.Single(decisions, d => d.NewReactions.Count > 0);
        Assert.Single(decisions, d => d.ToChannel.Count > 0);
        Assert.All(decisions.Skip(1), d => Expect.ChangesNothing(d));
        var slow = Assert.IsType<ReactionTooSoon>(decisions[7].Reply);
        Assert.Equal(T0 + (2 * Second), slow.NextAt);
        Assert.Equal(2 * Second, slow.Wait); // 1.3 s left, said in whole seconds, rounded up
        Assert.Equal(2 * Second, slow.Interval);
    }

    [Fact]
    public void React_AfterTheInterval_OrBySomeoneElse_IsKept()
    {
        var first = Decide("/watch react emoji:🔥", Bob, Playing(Minute)).Next!;

        Assert.NotNull(Decide("/watch react emoji:🔥", Bob, first, now: T0 + (2 * Second)).Next);
        Assert.NotNull(Decide("/watch react emoji:🔥", Alice, first, now: T0 + TimeSpan.FromMilliseconds(10)).Next);
        Assert.IsType<ReactionTooSoon>(Decide("/watch react emoji:🔥", Bob, first, now: T0 + TimeSpan.FromMilliseconds(1999)).Reply);
    }

    [Fact]
    public void React_WithTheLimitOff_KeepsEveryReaction()
    {
        var options = new SessionRulesOptions { ReactionInterval = TimeSpan.Zero };
        var first = Decide("/watch react emoji:🔥", Bob, Playing(Minute), options: options).Next!;

        Assert.NotNull(Decide("/watch react emoji:🔥", Bob, first, options: options).Next);
    }

    [Fact]
    public void React_NoteIsCleanedAndAnEmptyNoteIsNone()
    {
        var cleaned = Decide("/watch react emoji:😂 note:\"that\nface\u202E\"", Bob, Playing(Minute));
        var empty = Decide("/watch react emoji:😂 note:\"  \"", Bob, Playing(Minute));

        Assert.Equal("that face", Assert.Single(cleaned.NewReactions).Note);
        Assert.Null(Assert.Single(empty.NewReactions).Note);
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
