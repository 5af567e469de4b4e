using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Emulators.Slack;
using WatchBot.Engine.Ports;
using WatchBot.Platform.Outbound;
using WatchBot.Slack.Api;
using WatchBot.Slack.Publishing;

namespace WatchBot.Slack.Tests.Publishing;

/// <summary>
/// The recap's picture on Slack, over real HTTP to the emulated Web API: shared in the channel after
/// the words with the external upload only where the workspace granted <c>files:write</c>; without
/// it the words go alone, and the workspace is not asked again.
/// </summary>
// Disposed in DisposeAsync (xunit's IAsyncLifetime), which CA1001 does not see.
#pragma warning disable CA1001
public sealed class SlackPictureTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 5, 6, 7, 8];
    private static readonly ChannelAddress Channel = new("slack", "T1", "C1");
    private static readonly Announcement Recap = new Announcement(ViewLine.Of(new TextPart("Alien ended."))) with { Picture = new TestPicture { FileName = "abc123.png" } };
    private SlackApiEmulator _slack = null!;
    private SlackWebApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackApiEmulator.StartAsync();
        _client = new SlackWebApiClient(
            Options.Create(new SlackOptions { BotToken = "xoxb-test", AppToken = "xapp-test", ApiBaseUrl = _slack.ApiBaseUrl.ToString(), PostBurst = 10 }),
            TimeProvider.System,
            NullLogger<SlackWebApiClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task WithFilesWrite_TheWordsGoFirst_ThenThePictureIsSharedInTheChannel()
    {
        _slack.FilesWriteGranted = true;

        var result = await Messenger().PostAsync(Channel, Recap, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "files.completeUploadExternal"], _slack.Calls.Select(c => c.Method));
        Assert.All(_slack.Calls, c => Assert.True(c.Ok, c.Error));
        var ask = _slack.CallsOf("files.getUploadURLExternal").Single().Body;
        Assert.Equal(("abc123.png", "8", "a test chart"), (ask["filename"]!.ToString(), ask["length"]!.ToString(), ask["alt_txt"]!.ToString()));
        var shared = Assert.Single(_slack.SharedFiles);
        Assert.Equal(("C1", "a test chart"), (shared.Channel, shared.Title));
        Assert.Equal(Png, shared.Bytes);
    }

    [Fact]
    public async Task WithoutFilesWrite_TheWordsGoAlone_AndTheWorkspaceIsNotAskedAgain()
    {
        var messenger = Messenger();

        var first = await messenger.PostAsync(Channel, Recap, CancellationToken.None);
        var second = await messenger.PostAsync(Channel, Recap, CancellationToken.None);

        Assert.Equal([SendStatus.Sent, SendStatus.Sent], [first.Status, second.Status]);
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "chat.postMessage"], _slack.Calls.Select(c => c.Method));
        Assert.Equal("missing_scope", _slack.CallsOf("files.getUploadURLExternal").Single().Error);
        Assert.Empty(_slack.SharedFiles);
    }

    [Fact]
    public async Task AnUploadAddressOffSlack_IsNeverSentTheBytes()
    {
        var result = await _client.UploadAsync(new Uri("https://example.com/upload/F1"), Png, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("upload_url_refused_locally", result.Error);
    }

    private SlackMessenger Messenger() =>
        new(_client, new SlackPictureShare(_client, new FixedPictures(), new SlackFileGrants(), NullLogger<SlackPictureShare>.Instance));

    private sealed record TestPicture : Picture
    {
        public override string Description => "a test chart";
    }

    private sealed class FixedPictures : IPictureRenderer
    {
        public byte[]? Render(Picture picture) => Png;
    }
}
