using NSec.Cryptography;

namespace WatchBot.Discord.Crypto;

/// <summary>
/// Verifies Ed25519 signatures (RFC 8032) with one public key, through NSec (libsodium, shipped in
/// the package for Linux, macOS and Windows): no curve arithmetic and no native binding of our own.
/// Thread-safe: the imported key is immutable and each call is independent.
/// </summary>
public sealed class Ed25519Verifier
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _key;

    /// <param name="publicKey">The raw 32-byte public key.</param>
    public Ed25519Verifier(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Algorithm.PublicKeySize)
        {
            throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));
        }

        // Import only copies the 32 bytes: a key that is not a curve point is caught by libsodium at
        // verify time, where every signature is then refused.
        _key = PublicKey.Import(Algorithm, publicKey, KeyBlobFormat.RawPublicKey);
    }

    /// <summary>From the 64 hex characters Discord shows as the application's public key.</summary>
    public static Ed25519Verifier FromHex(string publicKeyHex) => new(Convert.FromHexString(publicKeyHex));

    /// <summary>True only when <paramref name="signature"/> is a valid signature of <paramref name="message"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        // A wrong-length signature is refused here rather than left to the library's own check.
        signature.Length == Algorithm.SignatureSize && Algorithm.Verify(_key, message, signature);
}
