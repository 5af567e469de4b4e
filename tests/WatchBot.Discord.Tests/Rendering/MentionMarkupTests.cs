using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>
/// The one part that notifies: a <see cref="MentionPart"/> is <c>&lt;@id&gt;</c>, and the message's
/// <c>allowed_mentions</c> allows exactly those users (never everyone, never roles).
/// </summary>
public sealed class MentionMarkupTests
{
    private static readonly UserRef Bob = new("discord", "200000000000000002", "bob");
    private static readonly UserRef Carol = new("discord", "200000000000000003", "carol");

    [Fact]
    public void AMention_IsDrawnAsDiscordsMention_ButAnIdThatIsNoSnowflake_AsTheEscapedName()
    {
        Assert.Equal("<@200000000000000002>", DiscordMarkup.Draw(new MentionPart(Bob)));
        Assert.Equal("\\_x\\_ @\u200Beveryone", DiscordMarkup.Draw(new MentionPart(new UserRef("discord", "everyone", "_x_ @everyone"))));
    }

    [Fact]
    public void AnAnnouncementWithMentions_AllowsExactlyThoseUsers_AndParsesNothing()
    {
        var announcement = new Announcement(
        [
            ViewLine.Of(new TextPart("⏰ Reminder: "), new PersonPart(Bob), new TextPart(" @everyone")),
            ViewLine.Of(new MentionPart(Carol), new TextPart(" "), new MentionPart(Bob), new TextPart(" "), new MentionPart(Carol)),
        ]);

        var json = DiscordMarkup.Announcement(announcement).ToJson();

        var allowed = json["allowed_mentions"]!.AsObject();
        Assert.Equal(["parse", "users"], allowed.Select(p => p.Key).Order());
        Assert.Empty(allowed["parse"]!.AsArray());
        Assert.Equal([Carol.Id, Bob.Id], allowed["users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Null(allowed["roles"]);
        Assert.Contains("<@200000000000000003> <@200000000000000002>", json["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone", json["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageWithoutMentions_AllowsNobody()
    {
        var json = DiscordMarkup.Announcement(new Announcement(ViewLine.Of(new PersonPart(Bob)))).ToJson();

        Assert.Equal(["parse"], json["allowed_mentions"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void MoreThanAHundredMentions_AllowAtMostDiscordsLimit()
    {
        var people = Enumerable.Range(0, 130).Select(i => new MentionPart(new UserRef("discord", (300000000000000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "p"))).ToArray();

        var json = DiscordMarkup.Announcement(new Announcement(ViewLine.Of(people))).ToJson();

        Assert.Equal(DiscordMessage.MaxMentionedUsers, json["allowed_mentions"]!["users"]!.AsArray().Count);
    }
}
