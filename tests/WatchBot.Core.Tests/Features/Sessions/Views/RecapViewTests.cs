using System.Text.RegularExpressions;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Recaps.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>The recap, built once for every platform.</summary>
public sealed class RecapViewTests
{
    [Fact]
    public void Recap_SaysWhereItEnded_WhoCame_EveryEmoji_TopMoments_Breaks_AndTheTimelineWithNotes()
    {
        var recap = Recap.Of(Ended() with { Participants = [Alice.User, Bob.User, Carol.User] }, T0)
            .WithReactions([Reaction(1, "😂", 62, "lol"), Reaction(2, "😂", 70, null), Reaction(3, "🔥", 3600, "*wow*")])
            with { FinalPosition = TimeSpan.FromMinutes(95), WatchedFor = TimeSpan.FromMinutes(90), Breaks = [new BreakTaken(TimeSpan.FromSeconds(2710), T0, T0 + (6 * Minute))] };

        var view = new SessionEnded(Ended(), recap, Carol.User).ToChannel();

        var lines = Assert.Single(view.Announcements).Lines;
        Assert.Equal(
            """
            ■ The Matrix ended by carol at 1:35:00. Watched 1:30:00 together, 3 people, 3 reactions.
            👥 Who came: alice, bob, carol
            Reactions: 😂×2 🔥×1
            🏆 Top moments: 0:01:02 😂×2
            ☕ 1 break: at 0:45:10 (6 min)
            🕒 Timeline:
            😂 at 0:01:02 — lol
            😂 at 0:01:10
            🔥 at 1:00:00 — *wow*
            """.ReplaceLineEndings("\n"),
            PlainText.Of(lines));

        // People by name, never pinged; notes as user text (every markup escapes them).
        Assert.Equal([Carol.User, Alice.User, Bob.User, Carol.User], lines.SelectMany(l => l.Parts).OfType<PersonPart>().Select(p => p.User));
        Assert.DoesNotContain(lines.SelectMany(l => l.Parts), p => p is MentionPart);
        Assert.Contains(new UserTextPart("*wow*"), lines[^1].Parts);
    }

    [Fact]
    public void ARecapWithNoReactionsOrEnder_SaysOnlyWhatHappened()
    {
        var recap = new Recap(Minute, Minute, 1, 1, [], []);

        var text = PlainText.Of(RecapView.Of(Ended(), recap, null).Lines);

        Assert.Equal("■ The Matrix ended at 0:01:00. Watched 0:01:00 together, 1 person, 1 reaction.", text);
    }

    [Fact]
    public void ABusyEvening_IsToldMinuteByMinute()
    {
        var busy = Enumerable.Range(0, 20).Select(i => Reaction(i + 1, i % 3 == 0 ? "🔥" : "😂", 4350 + (3 * i), i < 4 ? $"n{i}" : null)).ToList();

        var lines = PlainText.Of(RecapView.Of(Ended(), Recap.Of(Ended(), T0).WithReactions(busy), null).Lines).Split('\n');

        Assert.Contains("🕒 Minute by minute:", lines);
        Assert.Contains("1:12 😂×6 🔥×4 — n0 · n1 · n2 (+1)", lines);
        Assert.Contains("1:13 😂×7 🔥×3", lines);
    }

    [Fact]
    public void AHugeRecap_FitsOneDiscordMessage_CutPolitelyWithAndNMore()
    {
        var lines = RecapView.Of(Ended(), Huge(), null).Lines;

        Assert.True(RecapBudget.Of(lines) <= RecapBudget.MaxLength, $"{RecapBudget.Of(lines)} > {RecapBudget.MaxLength}");
        var text = PlainText.Of(lines).Split('\n');
        Assert.Contains(text, l => l.StartsWith("👥 Who came: person-with-a-long-name-0, ", StringComparison.Ordinal) && Regex.IsMatch(l, @" …and \d+ more$"));
        Assert.Matches(@"^…and \d+ more$", text[^1]);
        Assert.Contains(text, l => l.StartsWith("0:00 🔥×3 😂×3 — 0 xxx", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongNote_IsShortenedInTheTimeline()
    {
        var note = new string('a', 200);

        var text = PlainText.Of(RecapView.Of(Ended(), Recap.Of(Ended(), T0).WithReactions([Reaction(1, "😂", 1, note)]), null).Lines);

        Assert.Contains("😂 at 0:00:01 — " + new string('a', RecapBudget.MaxNoteLength - 1) + "…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEndedCard_HasNoActions()
    {
        var view = new SessionEnded(Ended(), new Recap(Minute, Minute, 1, 0, [], []), null).ToChannel();

        Assert.Empty(view.Card!.Actions);
        Assert.Equal("■ The Matrix has ended.", PlainText.Of(view.Card.Lines[0]));
    }

    [Fact]
    public void NeighbouringWords_AreOnePart()
    {
        var line = RecapView.Of(Ended(), new Recap(Minute, Minute, 2, 0, [], []), null).Lines[0];

        Assert.DoesNotContain(line.Parts.Zip(line.Parts.Skip(1)), pair => pair is (TextPart { Style: TextStyle.Plain }, TextPart { Style: TextStyle.Plain }));
    }

    /// <summary>60 people with long names, a reaction with a 200-character note every 10 s for two hours.</summary>
    internal static Recap Huge()
    {
        var people = Enumerable.Range(0, 60).Select(i => new UserRef("test", $"u{i}", $"person-with-a-long-name-{i}")).ToList();
        var reactions = Enumerable.Range(0, 720).Select(i => new Reaction(i + 1, i % 2 == 0 ? "😂" : "🔥", $"{i} " + new string('x', 190), TimeSpan.FromSeconds(i * 10), people[i % 60], T0)).ToList();
        return Recap.Of(Ended() with { Participants = [.. people] }, T0).WithReactions(reactions);
    }

    internal static WatchSession Ended() => Playing(Minute) with { Phase = SessionPhase.Ended, EndedAt = T0, EndReason = EndReason.EndedByUser };

    private static Reaction Reaction(int sequence, string emoji, int seconds, string? note) => new(sequence, emoji, note, TimeSpan.FromSeconds(seconds), Bob.User, T0);
}
