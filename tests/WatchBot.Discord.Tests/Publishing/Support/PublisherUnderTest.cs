using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Outbound;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Publishing.Support;

/// <summary>Discord's publisher as wired (messenger, note, cause book, the kit) over a recording REST fake and a test clock.</summary>
internal sealed class PublisherUnderTest : IAsyncDisposable
{
    public const string ApplicationId = "111111111111111111";

    public PublisherUnderTest(RecordingRest? rest = null, KitOptions? kit = null)
    {
        Rest = rest ?? new RecordingRest();
        Causes = new DiscordCauseBook(Time);
        Publisher = new DiscordChannelPublisher(
            new DiscordMessenger(Rest, NullLogger<DiscordMessenger>.Instance),
            new DiscordCannotPostNote(Rest),
            Causes,
            Links,
            Time,
            kit ?? new DiscordOptions().Kit(),
            NullLogger<ViewPublisher>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(TestTime.Start);

    public RecordingRest Rest { get; }

    public MemoryPlatformLinks Links { get; } = new();

    public DiscordCauseBook Causes { get; }

    public DiscordChannelPublisher Publisher { get; }

    public static ChannelAddress Channel(string id = "77") => new(DiscordPlatform.Name, "1", id);

    public Task PublishAsync(ChannelView view, string channel = "77") => Publisher.PublishAsync(Channel(channel), view, CancellationToken.None);

    /// <summary>Someone ran a command in <paramref name="channel"/> with this interaction token.</summary>
    public void Interaction(string token, string channel = "77") =>
        Causes.Remember(Channel(channel), new DiscordSendCause(Snowflake.Parse(ApplicationId), token));

    public Task IdleAsync() => Publisher.Kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);

    public ValueTask DisposeAsync() => Publisher.DisposeAsync();
}
