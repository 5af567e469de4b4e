using System.Net;
using System.Net.Sockets;

namespace WatchBot.Host.Tests.Shell;

/// <summary><c>/watch calendar</c> in the terminal: the real binary hands a moderator the feed, and serves it.</summary>
public sealed class ShellCalendarTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WithoutAPublicAddress_AModeratorIsToldWhatToSet_AndOthersWhoMay()
    {
        using var folder = new TempFolder();
        await using var shell = ShellProcess.Start(folder.Path);
        await shell.TypeAsync("/watch calendar", "/as carol mod", "/watch calendar");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        var refused = await shell.WaitForLineAsync("only a moderator can show or reset the calendar feed", Patience);
        Assert.Contains("/as NAME mod", refused.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("Http:PublicBaseUrl", Patience);
        Assert.DoesNotContain("/calendar/", shell.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModerator_GetsTheAddressOnce_AndTheBinaryServesTheBooking()
    {
        using var folder = new TempFolder();
        var port = FreePort();
        await using var shell = ShellProcess.Start(folder.Path, arguments:
        [
            "--Http:PublicBaseUrl=https://watch.example.com",
            $"--Http:Urls=http://127.0.0.1:{port}",
        ]);
        await shell.TypeAsync("/as carol mod", "/watch schedule title:Alien at:\"in 2h\"", "/watch calendar");
        var issued = await shell.WaitForLineAsync("https://watch.example.com/calendar/", Patience);
        await shell.TypeAsync("/watch calendar");
        await shell.WaitForLineAsync("I can't show it again", Patience);

        var start = issued.Line.IndexOf("/calendar/", StringComparison.Ordinal);
        var path = issued.Line[start..(issued.Line.IndexOf(".ics", start, StringComparison.Ordinal) + 4)];
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        using var unknown = await http.GetAsync(path[..^5] + (path[^5] == 'A' ? 'B' : 'A') + ".ics");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SUMMARY:Alien\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("carol", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>A port free a moment ago: the binary binds it itself (the shell does not print its address).</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
