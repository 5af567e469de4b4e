using System.Runtime.InteropServices;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Signs like Discord does, with a test key, through the system OpenSSL (libcrypto 3). Lives in the
/// emulator on purpose: production verifies only and never holds a private key.
/// </summary>
public sealed partial class Ed25519Signer : IDisposable
{
    private const int Ed25519 = 1087;
    private const string Library = "libcrypto.so.3";
    private nint _key;

    /// <param name="seed">The 32-byte private key (RFC 8032 "SECRET KEY").</param>
    public Ed25519Signer(byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (seed.Length != 32)
        {
            throw new ArgumentException("An Ed25519 private key is 32 bytes.", nameof(seed));
        }

        _key = NewRawPrivateKey(Ed25519, 0, seed, 32);
        if (_key == 0)
        {
            throw new InvalidOperationException("OpenSSL refused the Ed25519 private key.");
        }

        var publicKey = new byte[32];
        nuint length = 32;
        if (GetRawPublicKey(_key, publicKey, ref length) != 1)
        {
            throw new InvalidOperationException("OpenSSL could not derive the public key.");
        }

        PublicKey = publicKey;
    }

    /// <summary>A fixed test key (RFC 8032 §7.1 TEST 1), so runs are reproducible.</summary>
    public static Ed25519Signer Test() => new(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

    public byte[] PublicKey { get; }

    /// <summary>The public key as Discord shows it (lower-case hex), for <c>Discord:PublicKey</c>.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(PublicKey);

    public byte[] Sign(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(_key == 0, this);
        var context = NewDigestContext();
        try
        {
            var signature = new byte[64];
            nuint length = 64;
            if (DigestSignInit(context, 0, 0, 0, _key) != 1 || DigestSign(context, signature, ref length, message, (nuint)message.Length) != 1)
            {
                throw new InvalidOperationException("OpenSSL could not sign.");
            }

            return signature;
        }
        finally
        {
            FreeDigestContext(context);
        }
    }

    public void Dispose()
    {
        if (_key != 0)
        {
            FreeKey(_key);
            _key = 0;
        }
    }

    [DllImport(Library, EntryPoint = "EVP_PKEY_new_raw_private_key")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint NewRawPrivateKey(int type, nint engine, byte[] key, nuint keyLength);

    [DllImport(Library, EntryPoint = "EVP_PKEY_get_raw_public_key")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetRawPublicKey(nint key, byte[] output, ref nuint length);

    [DllImport(Library, EntryPoint = "EVP_PKEY_free")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void FreeKey(nint key);

    [DllImport(Library, EntryPoint = "EVP_MD_CTX_new")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint NewDigestContext();

    [DllImport(Library, EntryPoint = "EVP_MD_CTX_free")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void FreeDigestContext(nint context);

    [DllImport(Library, EntryPoint = "EVP_DigestSignInit")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int DigestSignInit(nint context, nint keyContextOut, nint digest, nint engine, nint key);

    [DllImport(Library, EntryPoint = "EVP_DigestSign")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int DigestSign(nint context, byte[] signature, ref nuint signatureLength, byte[] data, nuint dataLength);
}
