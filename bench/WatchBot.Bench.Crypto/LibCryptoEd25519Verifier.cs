namespace WatchBot.Bench.Crypto;

/// <summary>
/// WatchBot's Ed25519 verifier before NSec (a context per call over one parsed OpenSSL key), kept
/// unchanged in behaviour as the "before" of <see cref="VerifyBenchmarks"/>.
/// </summary>
internal sealed class LibCryptoEd25519Verifier : IDisposable
{
    private const int SignatureLength = 64;
    private nint _key;

    public LibCryptoEd25519Verifier(ReadOnlySpan<byte> publicKey)
    {
        _key = LibCrypto.NewRawPublicKey(LibCrypto.EvpPkeyEd25519, 0, publicKey, (nuint)publicKey.Length);
        if (_key == 0)
        {
            throw new InvalidOperationException("OpenSSL refused the Ed25519 public key.");
        }
    }

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
