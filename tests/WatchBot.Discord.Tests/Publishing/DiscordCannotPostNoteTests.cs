using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Tests.Publishing.Support;
using static WatchBot.Discord.Tests.Publishing.Support.Sessions;

namespace WatchBot.Discord.Tests.Publishing;

/// <summary>"I can't post here": a channel that refuses a post is explained to whoever ran the command, through its interaction.</summary>
public sealed class DiscordCannotPostNoteTests
{
    [Theory]
    [InlineData(50013, "**Send Messages**")]
    [InlineData(50001, "**View Channel**")]
    public async Task RefusedChannel_TellsTheSenderWhichPermission_ThroughTheFollowUp(int code, string permission)
    {
        await using var bot = new PublisherUnderTest();
        bot.Rest.Answer = route => route.Path.StartsWith("/channels/77/", StringComparison.Ordinal) ? RecordingRest.Error(403, code) : null;
        bot.Interaction("token-of-ann");

        await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.Zero).ToChannel());
        await bot.IdleAsync();

        // The GO and the card were both refused: one note for the one command.
        var note = Assert.Single(bot.Rest.Calls, c => c.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
        Assert.Equal($"/webhooks/{PublisherUnderTest.ApplicationId}/token-of-ann", note.Path);
        Assert.Equal("POST", note.Method);
        Assert.Contains(permission, note.Content, StringComparison.Ordinal);
        Assert.Equal(64, note.Body!["flags"]!.GetValue<int>());
        Assert.Empty(note.Body!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task RefusedChannel_WithNoRecentCommandThere_TellsNobody()
    {
        await using var bot = new PublisherUnderTest();
        bot.Rest.Answer = route => route.Path.StartsWith("/channels/77/", StringComparison.Ordinal) ? RecordingRest.Error(403, 50013) : null;
        bot.Interaction("token-of-ann", channel: "78");
        bot.Interaction("old-token");
        bot.Time.Advance(DiscordCauseBook.Lifetime);

        await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.Zero).ToChannel());
        await bot.IdleAsync();

        Assert.DoesNotContain(bot.Rest.Calls, c => c.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
        Assert.Equal(2, bot.Rest.MessageCalls.Count);
    }

    [Fact]
    public async Task OtherFailures_AreNotExplainedAsPermissions()
    {
        await using var bot = new PublisherUnderTest();
        bot.Rest.Answer = route => route.Path.StartsWith("/channels/", StringComparison.Ordinal) ? RecordingRest.Error(500, 0) : null;
        bot.Interaction("token-of-ann");

        await bot.PublishAsync(new PlaybackStarted(In(SessionPhase.Playing), TimeSpan.Zero).ToChannel());
        await bot.IdleAsync();

        Assert.DoesNotContain(bot.Rest.Calls, c => c.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public void SendCause_NeverPrintsItsToken()
    {
        var cause = new DiscordSendCause(WatchBot.Discord.Rest.Snowflake.Parse(PublisherUnderTest.ApplicationId), "secret-token");

        Assert.DoesNotContain("secret-token", cause.ToString(), StringComparison.Ordinal);
    }
}
