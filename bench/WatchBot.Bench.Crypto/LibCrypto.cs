using System.Runtime.InteropServices;

namespace WatchBot.Bench.Crypto;

/// <summary>
/// The system OpenSSL (libcrypto 3) functions WatchBot called for Ed25519 before NSec: kept only as
/// the benchmark's baseline (Linux with OpenSSL 3).
/// </summary>
internal static partial class LibCrypto
{
    /// <summary>NID_ED25519 / EVP_PKEY_ED25519 in OpenSSL's obj_mac.h.</summary>
    public const int EvpPkeyEd25519 = 1087;

    private const string Library = "libcrypto.so.3";

    [LibraryImport(Library, EntryPoint = "EVP_PKEY_new_raw_public_key")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial nint NewRawPublicKey(int type, nint engine, ReadOnlySpan<byte> key, nuint keyLength);

    [LibraryImport(Library, EntryPoint = "EVP_PKEY_free")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial void FreeKey(nint key);

    [LibraryImport(Library, EntryPoint = "EVP_MD_CTX_new")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial nint NewDigestContext();

    [LibraryImport(Library, EntryPoint = "EVP_MD_CTX_free")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial void FreeDigestContext(nint context);

    [LibraryImport(Library, EntryPoint = "EVP_DigestVerifyInit")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int DigestVerifyInit(nint context, nint keyContextOut, nint digest, nint engine, nint key);

    [LibraryImport(Library, EntryPoint = "EVP_DigestVerify")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int DigestVerify(nint context, ReadOnlySpan<byte> signature, nuint signatureLength, ReadOnlySpan<byte> data, nuint dataLength);
}
