using System.Text;
using BenchmarkDotNet.Attributes;
using NSec.Cryptography;
using WatchBot.Discord.Crypto;

namespace WatchBot.Bench.Crypto;

/// <summary>
/// The signature check every Discord request pays: timestamp + a 1 KB interaction body, verified
/// against the application's public key. Before: system libcrypto through P/Invoke; after: NSec.
/// </summary>
[MemoryDiagnoser]
public class VerifyBenchmarks : IDisposable
{
    private byte[] _message = [];
    private byte[] _signature = [];
    private LibCryptoEd25519Verifier? _before;
    private Ed25519Verifier? _after;

    /// <summary>Bytes signed (timestamp + body), shown in the results.</summary>
    public int MessageBytes => _message.Length;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(VerifyBenchmarks).Assembly.GetManifestResourceStream("interaction.json")
            ?? throw new InvalidOperationException("interaction.json is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        _message = Encoding.UTF8.GetBytes("1700000000" + reader.ReadToEnd());

        // RFC 8032 §7.1 TEST 1's secret key stands in for Discord's.
        var algorithm = SignatureAlgorithm.Ed25519;
        using var key = Key.Import(algorithm, Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"), KeyBlobFormat.RawPrivateKey);
        _signature = algorithm.Sign(key, _message);
        var publicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        _before = new LibCryptoEd25519Verifier(publicKey);
        _after = new Ed25519Verifier(publicKey);
        if (!_before.Verify(_message, _signature) || !_after.Verify(_message, _signature))
        {
            throw new InvalidOperationException("A verifier refused a valid signature: the figures would mean nothing.");
        }
    }

    [Benchmark(Baseline = true, Description = "before: libcrypto P/Invoke")]
    public bool LibCryptoVerify() => _before!.Verify(_message, _signature);

    [Benchmark(Description = "after: NSec")]
    public bool NSecVerify() => _after!.Verify(_message, _signature);

    [GlobalCleanup]
    public void Dispose()
    {
        _before?.Dispose();
        GC.SuppressFinalize(this);
    }
}
