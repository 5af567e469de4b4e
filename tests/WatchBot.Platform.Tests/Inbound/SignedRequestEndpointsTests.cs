using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Emulators.Fuzz;
using WatchBot.Http;
using WatchBot.Platform.Inbound;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Inbound;

/// <summary>The signed endpoint base on the real inbound server (Kestrel on loopback, InboundGuard in front).</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync.
public sealed class SignedRequestEndpointsTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const long Cap = 2048;
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("kit-test-secret");

    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly EchoEndpoints _endpoints;
    private readonly InboundHttpServer _server;
    private HttpClient _http = null!;

    public SignedRequestEndpointsTests()
    {
        _endpoints = new EchoEndpoints(new HmacTestVerifier(Secret, _time), Cap);
        _server = new InboundHttpServer(
            [_endpoints],
            Microsoft.Extensions.Options.Options.Create(new HttpServerOptions { Urls = "http://127.0.0.1:0", MaxRequestBodyBytes = 64 * 1024 }),
            _time,
            NullLoggerFactory.Instance);
    }

    public async Task InitializeAsync()
    {
        await _server.StartAsync(CancellationToken.None);
        _http = new HttpClient { BaseAddress = _server.Addresses[0] };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ASignedBody_ReachesTheHandler_ByteForByte()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"hello","text":"é ✓"}""");

        using var response = await PostAsync(body, sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("type:hello", await response.Content.ReadAsStringAsync());
        Assert.Equal(body, Assert.Single(_endpoints.Handled));
        Assert.Empty(_endpoints.Refused);
    }

    [Fact]
    public async Task NoSignature_Is401_AndNothingIsHandled()
    {
        using var response = await PostAsync("""{"type":"hello"}"""u8.ToArray(), sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(SignatureCheck.Missing, Assert.Single(_endpoints.Refused));
        Assert.Empty(_endpoints.Handled);
    }

    [Fact]
    public async Task ATamperedBody_Is401()
    {
        var body = """{"type":"hello"}"""u8.ToArray();
        var timestamp = Now();
        var signature = HmacTestVerifier.Sign(Secret, timestamp, body);
        body[^2] = (byte)'X';

        using var response = await PostAsync(body, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(SignatureCheck.Mismatch, Assert.Single(_endpoints.Refused));
        Assert.Empty(_endpoints.Handled);
    }

    [Fact]
    public async Task AReplayAfterTheWindow_Is401()
    {
        var body = """{"type":"hello"}"""u8.ToArray();
        var timestamp = Now();
        var signature = HmacTestVerifier.Sign(Secret, timestamp, body);
        using (var first = await PostAsync(body, timestamp, signature))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        _time.Advance(HmacTestVerifier.Tolerance + TimeSpan.FromSeconds(1));
        using var replay = await PostAsync(body, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(SignatureCheck.Stale, Assert.Single(_endpoints.Refused));
        Assert.Single(_endpoints.Handled);
    }

    [Fact]
    public async Task ASignedButUnreadableBody_Is400_FromTheHandler()
    {
        using var response = await PostAsync("""{"type":"\ud800"}"""u8.ToArray(), sign: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(_endpoints.Handled);
    }

    [Fact]
    public async Task TheUnsignedPreCheck_AnswersBeforeTheSignature()
    {
        using var response = await PostAsync("ping=1"u8.ToArray(), sign: false);

        Assert.Equal("pong", await response.Content.ReadAsStringAsync());
        Assert.Empty(_endpoints.Refused);
        Assert.Empty(_endpoints.Handled);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyOverTheCap_Is413_WithOrWithoutALength(bool declareLength)
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"" + new string('a', (int)Cap) + "\"}");
        using HttpContent content = declareLength ? new ByteArrayContent(body) : new StreamContent(new MemoryStream(body));
        AddSignature(content, Now(), HmacTestVerifier.Sign(Secret, Now(), body));

        using var response = await _http.PostAsync("echo", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_endpoints.Handled);
    }

    [Fact]
    public async Task Fuzz_AnyBody_IsNever500_Unsigned401_Signed200Or400()
    {
        var seed = FuzzRun.Seed(20261130);
        var gen = Gen.Byte.Array[0, 600];
        await FuzzRun.RunAsync(gen, seed, count: 60, parallel: 4, async body =>
        {
            using var unsigned = await PostAsync(body, sign: false);
            Assert.True(unsigned.StatusCode == HttpStatusCode.Unauthorized || (unsigned.StatusCode == HttpStatusCode.OK && await unsigned.Content.ReadAsStringAsync() == "pong"), unsigned.StatusCode.ToString());
            using var signed = await PostAsync(body, sign: true);
            Assert.Contains(signed.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        }, body => Convert.ToHexString(body));
    }

    private string Now() => _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> PostAsync(byte[] body, bool sign)
    {
        var timestamp = Now();
        return PostAsync(body, sign ? timestamp : null, sign ? HmacTestVerifier.Sign(Secret, timestamp, body) : null);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? timestamp, string? signature)
    {
        using var content = new ByteArrayContent(body);
        AddSignature(content, timestamp, signature);
        return await _http.PostAsync("echo", content);
    }

    private static void AddSignature(HttpContent content, string? timestamp, string? signature)
    {
        if (timestamp is not null && signature is not null)
        {
            content.Headers.Add("X-Test-Timestamp", timestamp);
            content.Headers.Add("X-Test-Signature", signature);
        }
    }
}
