using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// The whole host over the HTTP transport: the recap carries its chart as a PNG attachment when the
/// ending interaction's <c>app_permissions</c> has Attach Files, and goes as words alone when not.
/// </summary>
public sealed class RecapPictureTests : IAsyncLifetime
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task End_WhereTheBotMayAttachFiles_PostsTheRecapWithItsChart()
    {
        var recap = await ReactAndEndAsync(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.AttachFiles);

        var file = Assert.Single(recap.Files);
        Assert.Equal("image/png", file.ContentType);
        Assert.EndsWith(".png", file.FileName, StringComparison.Ordinal);
        Assert.Equal(PngSignature, file.Bytes.Take(PngSignature.Length));
        Assert.True(file.Bytes.Length > 5_000, $"{file.Bytes.Length} bytes");
        var attachment = Assert.Single(Assert.IsType<JsonArray>(recap.Json!["attachments"]))!;
        Assert.Equal(file.FileName, attachment["filename"]!.GetValue<string>());
        Assert.Contains("Reactions over the film", attachment["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("alice", attachment["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_WithoutAttachFiles_PostsTheWordsAlone()
    {
        var recap = await ReactAndEndAsync(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages);

        Assert.Empty(recap.Files);
        Assert.Null(recap.Json!["attachments"]);
    }

    private async Task<DiscordApiCall> ReactAndEndAsync(ulong appPermissions)
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["in"] = "1s" }));
        await _bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        await _bot.SendAsync(DiscordInteractions.Watch("react", new Dictionary<string, string> { ["emoji"] = "😂" }));
        var end = DiscordInteractions.Watch("end");
        end["app_permissions"] = appPermissions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _bot.SendAsync(end);
        return await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("ended", StringComparison.Ordinal));
    }
}
