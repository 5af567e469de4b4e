using System.Globalization;
using System.Text;
using CsCheck;
using WatchBot.Calendar.Tests.Support;
using WatchBot.Emulators.Fuzz;

namespace WatchBot.Calendar.Tests;

/// <summary>
/// 3,000 seeded paths under <c>/calendar/</c> over real HTTP: random bytes (invalid UTF-8 included),
/// secret-shaped strings, the live secret with one character changed, cut or lengthened, extra
/// segments. Only the live address is ever served; everything else is a 4xx (the same empty 404 for
/// every secret-shaped one), never a 5xx, and the live feed still answers afterwards.
/// </summary>
public sealed class CalendarFeedFuzzTests
{
    private const int Cases = 3_000;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    [Fact]
    public async Task MutatedFeedPaths_NeverGet5xx_AndOnlyTheLiveSecretIsServed()
    {
        await using var bot = await CalendarHarness.StartAsync();
        var live = await Feed.IssueAsync(bot);
        var secret = live["/calendar/".Length..^".ics".Length];
        var tally = new int[2];

        await FuzzRun.RunAsync(Paths(secret), FuzzRun.Seed(20261130), Cases, parallel: 8, async path =>
        {
            using var response = await bot.Http.GetAsync(new Uri(path, UriKind.Relative));
            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500 || (status == 200 && path == live), $"HTTP {status}");
            if (status == 404)
            {
                Assert.Equal("", await response.Content.ReadAsStringAsync());
            }

            Interlocked.Increment(ref tally[path.Length == live.Length ? 0 : 1]);
        }, path => path.Length > 200 ? path[..200] + $"… ({path.Length} characters)" : path);

        Assert.True(tally[0] >= 300 && tally[1] >= 300, $"secret-shaped {tally[0]}, others {tally[1]}");
        Assert.Contains("BEGIN:VCALENDAR", await Feed.FetchAsync(bot, live), StringComparison.Ordinal);
    }

    private static Gen<string> Paths(string secret) => Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, secret.Length - 1], Gen.Int[0, Alphabet.Length - 1], (at, c) => FeedPath(Replace(secret, at, Alphabet[c])))),
        (2, Gen.Int[0, Alphabet.Length - 1].Array[43].Select(cs => FeedPath(new string([.. cs.Select(c => Alphabet[c])])))),
        (1, Gen.Select(Gen.Int[0, 8], Gen.Bool, (n, longer) => FeedPath(longer ? secret + secret[..Math.Max(1, n)] : secret[..^Math.Max(1, n)]))),
        (1, Gen.OneOf(secret, secret + ".ICS", secret + ".ics/", secret + ".ics.ics", "../" + secret + ".ics", secret + "%00.ics").Select(s => "/calendar/" + s)),
        (2, Gen.Byte.Array[0, 120].Select(bytes => "/calendar/" + Escaped(bytes))),
        (1, Gen.Select(Gen.Byte.Array[0, 40], Gen.Int[1, 4], (bytes, depth) => "/calendar" + string.Concat(Enumerable.Repeat("/" + Escaped(bytes), depth)) + ".ics")),
        (1, Gen.Int[100, 9_000].Select(n => "/calendar/" + new string('A', n) + ".ics")));

    private static string FeedPath(string candidate) => "/calendar/" + candidate + ".ics";

    private static string Replace(string text, int at, char c) => text[..at] + (text[at] == c ? (c == 'A' ? 'B' : 'A') : c) + text[(at + 1)..];

    /// <summary>Every byte percent-encoded: what arrives is exactly these bytes, valid UTF-8 or not.</summary>
    private static string Escaped(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
