namespace WatchBot.Discord.Crypto;

/// <summary>
/// Verifies Ed25519 signatures (RFC 8032) with one public key, through the system OpenSSL. Thread-safe:
/// each call uses its own digest context; the parsed key is shared read-only.
/// </summary>
public sealed class Ed25519Verifier : IDisposable
{
    private const int KeyLength = 32;
    private const int SignatureLength = 64;
    private nint _key;

    /// <param name="publicKey">The raw 32-byte public key.</param>
    public Ed25519Verifier(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != KeyLength)
        {
            throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));
        }

        _key = LibCrypto.NewRawPublicKey(LibCrypto.EvpPkeyEd25519, 0, publicKey, KeyLength);
        if (_key == 0)
        {
            throw new InvalidOperationException("OpenSSL refused the Ed25519 public key.");
        }
    }

    /// <summary>From the 64 hex characters Discord shows as the application's public key.</summary>
    public static Ed25519Verifier FromHex(string publicKeyHex) => new(Convert.FromHexString(publicKeyHex));

    /// <summary>True only when <paramref name="signature"/> is a valid signature of <paramref name="message"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_key == 0, this);
        if (signature.Length != SignatureLength)
        {
            return false;
        }

        var context = LibCrypto.NewDigestContext();
        if (context == 0)
        {
            return false;
        }

        try
        {
            // Ed25519 is "pure": no separate digest, so the md argument is null.
            return LibCrypto.DigestVerifyInit(context, 0, 0, 0, _key) == 1
                && LibCrypto.DigestVerify(context, signature, SignatureLength, message, (nuint)message.Length) == 1;
        }
        finally
        {
            LibCrypto.FreeDigestContext(context);
        }
    }

    public void Dispose()
    {
        if (_key != 0)
        {
            LibCrypto.FreeKey(_key);
            _key = 0;
        }
    }
}
