using System.Reflection;
using WatchBot.Core.Notices;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Notices;

/// <summary>
/// Every notice says what it shows, itself: a new notice without views fails here, and no text a
/// person typed ever reaches a view as our own words.
/// </summary>
public sealed class NoticeViewsTests
{
    private static readonly IReadOnlyList<Type> NoticeTypes =
        [.. typeof(Notice).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Notice)) && !t.IsAbstract)];

    [Fact]
    public void EveryNoticeType_DeclaresItsOwnViews()
    {
        Assert.NotEmpty(NoticeTypes);
        Assert.All(NoticeTypes, type => Assert.True(
            Declares(type, nameof(Notice.ToChannel)) || Declares(type, nameof(Notice.ToReply)),
            $"{type.Name} says nothing: override ToChannel (what the channel sees) or ToReply (what the sender sees)."));
    }

    [Fact]
    public void EveryNoticeType_IsSampled_AndEverySampleShowsSomething()
    {
        var samples = NoticeSamples.All();

        Assert.Equal(NoticeTypes.OrderBy(t => t.Name), samples.Select(n => n.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.All(samples, notice =>
        {
            var view = notice.ToChannel();
            var reply = notice.ToReply();
            Assert.False(view.IsEmpty && reply is null, $"{notice.GetType().Name} shows nothing");
            Assert.True(reply is { Lines.Count: > 0 } && reply.Lines.All(l => l.Parts.Count > 0), $"{notice.GetType().Name} has no answer for its sender");
            Assert.All(view.Announcements, a => Assert.NotEmpty(a.Lines));
        });
    }

    [Fact]
    public void TextPeopleTyped_IsAlwaysUserText_NeverOurWords()
    {
        foreach (var notice in NoticeSamples.All())
        {
            var parts = Lines(notice).SelectMany(l => l.Parts).ToList();
            var ours = parts.OfType<TextPart>().Select(t => t.Value).ToList();
            Assert.DoesNotContain(ours, v => v.Contains(NoticeSamples.Title, StringComparison.Ordinal)
                || v.Contains(NoticeSamples.Name, StringComparison.Ordinal)
                || v.Contains(NoticeSamples.Typed, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TitlesNamesAndTypedWords_ReachTheViews()
    {
        var parts = NoticeSamples.All().SelectMany(Lines).SelectMany(l => l.Parts).ToList();

        Assert.Contains(parts, p => p is UserTextPart { Value: NoticeSamples.Title, Style: TextStyle.Strong });
        Assert.Contains(parts, p => p is PersonPart { User.DisplayName: NoticeSamples.Name });
        Assert.Contains(parts, p => p is UserTextPart { Value: NoticeSamples.Typed, Style: TextStyle.Plain });
        Assert.Contains(parts, p => p is UserTextPart { Value: NoticeSamples.Typed, Style: TextStyle.Code });
    }

    [Fact]
    public void ChannelNotices_AnswerTheSenderWithWhatTheyShow()
    {
        foreach (var notice in NoticeSamples.All().Where(n => !n.ToChannel().IsEmpty))
        {
            var view = notice.ToChannel();
            var expected = view.Announcements.Count > 0 ? view.Announcements.SelectMany(a => a.Lines) : [view.Card!.Lines[0]];
            Assert.Equal(expected, notice.ToReply()!.Lines);
        }
    }

    private static bool Declares(Type type, string method) =>
        type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)?.DeclaringType == type;

    private static IEnumerable<ViewLine> Lines(Notice notice)
    {
        var view = notice.ToChannel();
        return view.Announcements.SelectMany(a => a.Lines)
            .Concat(view.Card?.Lines ?? [])
            .Concat(view.Ahead?.Announcement.Lines ?? [])
            .Concat(notice.ToReply()?.Lines ?? []);
    }
}
