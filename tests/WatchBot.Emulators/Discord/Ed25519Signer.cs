using NSec.Cryptography;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Signs like Discord does, with a test key, through NSec (the library production verifies with).
/// Lives in the emulator on purpose: production verifies only and never holds a private key.
/// </summary>
public sealed class Ed25519Signer : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key;

    /// <param name="seed">The 32-byte private key (RFC 8032 "SECRET KEY").</param>
    public Ed25519Signer(byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (seed.Length != Algorithm.PrivateKeySize)
        {
            throw new ArgumentException("An Ed25519 private key is 32 bytes.", nameof(seed));
        }

        _key = Key.Import(Algorithm, seed, KeyBlobFormat.RawPrivateKey);
        PublicKey = _key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    /// <summary>A fixed test key (RFC 8032 §7.1 TEST 1), so runs are reproducible.</summary>
    public static Ed25519Signer Test() => new(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

    public byte[] PublicKey { get; }

    /// <summary>The public key as Discord shows it (lower-case hex), for <c>Discord:PublicKey</c>.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(PublicKey);

    public byte[] Sign(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Algorithm.Sign(_key, message);
    }

    public void Dispose() => _key.Dispose();
}
