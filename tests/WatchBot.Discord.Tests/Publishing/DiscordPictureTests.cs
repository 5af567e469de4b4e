using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Views;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Discord.Tests.Publishing.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Engine.Ports;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Tests.Publishing;

/// <summary>
/// The recap's picture on Discord, over real HTTP to the emulated API: attached as files[0] of a
/// multipart/form-data create (payload_json describing it) only where an interaction showed Attach
/// Files; elsewhere, or when Discord refuses the file, the same words go alone.
/// </summary>
public sealed class DiscordPictureTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3, 4];
    private static readonly Announcement Recap = new Announcement(ViewLine.Of(new TextPart("Alien ended."))) with { Picture = new TestPicture { FileName = "abc123.png" } };
    private DiscordApiEmulator _api = null!;

    public async Task InitializeAsync() => _api = await DiscordApiEmulator.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task WhereAttachFilesWasSeen_TheRecapCarriesThePngAsFiles0()
    {
        var grants = new ChannelAttachGrants();
        grants.Saw("77", DiscordPermissions.SendMessages | DiscordPermissions.AttachFiles);
        using var rest = Rest();

        var result = await Messenger(rest, grants).PostAsync(PublisherUnderTest.Channel("77"), Recap, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        var call = Assert.Single(_api.Calls);
        var file = Assert.Single(call.Files);
        Assert.Equal(("files[0]", "abc123.png", "image/png"), (file.Field, file.FileName, file.ContentType));
        Assert.Equal(Png, file.Bytes);
        Assert.Equal(200, call.Status);
        var payload = Assert.IsType<JsonObject>(call.Json);
        Assert.Equal("Alien ended.", call.Content);
        Assert.NotNull(payload["allowed_mentions"]);
        var attachment = Assert.Single(Assert.IsType<JsonArray>(payload["attachments"]))!;
        Assert.Equal(0, attachment["id"]!.GetValue<int>());
        Assert.Equal("a test chart", attachment["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(false, 0UL)]
    [InlineData(true, DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks)]
    public async Task WithoutAttachFiles_OrNotYetSeen_TheWordsGoAlone(bool seen, ulong permissions)
    {
        var grants = new ChannelAttachGrants();
        if (seen)
        {
            grants.Saw("77", permissions);
        }

        using var rest = Rest();
        var result = await Messenger(rest, grants).PostAsync(PublisherUnderTest.Channel("77"), Recap, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        var call = Assert.Single(_api.Calls);
        Assert.Empty(call.Files);
        Assert.Equal("Alien ended.", call.Content);
        Assert.Null(call.Json!["attachments"]);
    }

    [Fact]
    public async Task FileRefused_TheWordsGoAgainAlone_AndTheChannelIsTextOnlyAfterwards()
    {
        var grants = new ChannelAttachGrants();
        grants.Saw("77", DiscordPermissions.AttachFiles);
        _api.DenyFiles("77");
        using var rest = Rest();
        var messenger = Messenger(rest, grants);

        var result = await messenger.PostAsync(PublisherUnderTest.Channel("77"), Recap, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal([(403, 1), (200, 0)], _api.Calls.Select(c => (c.Status, c.Files.Count)));
        Assert.False(grants.MayAttach("77"));
    }

    [Fact]
    public async Task AFileTheBodyDoesNotDescribe_IsRefusedByTheEmulatorAsByDiscord()
    {
        using var rest = Rest();
        Assert.True(Snowflake.TryParse("77", out var channel));

        var result = await rest.SendAsync(DiscordRoute.CreateMessage(channel), new DiscordMessageJson("hi").Body, new DiscordFile("a.png", "image/png", Png, "x"), CancellationToken.None);

        Assert.Equal(400, result.Status);
        Assert.Equal(50035, result.Code);
    }

    private DiscordRestClient Rest() => new(
        Options.Create(new DiscordOptions { Token = "t0ken", ApiBaseUrl = _api.BaseUrl.ToString(), MaxRetries = 0 }),
        TimeProvider.System,
        NullLogger<DiscordRestClient>.Instance);

    private static DiscordMessenger Messenger(DiscordRestClient rest, ChannelAttachGrants grants) =>
        new(rest, NullLogger<DiscordMessenger>.Instance, new FixedPictures(), grants);

    private sealed record TestPicture : Picture
    {
        public override string Description => "a test chart";
    }

    private sealed class FixedPictures : IPictureRenderer
    {
        public byte[]? Render(Picture picture) => Png;
    }

    private sealed record DiscordMessageJson(string Content)
    {
        public JsonObject Body => new WatchBot.Discord.Rendering.DiscordMessage(Content).ToJson();
    }
}
