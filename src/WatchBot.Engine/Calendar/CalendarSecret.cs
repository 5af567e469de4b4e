using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WatchBot.Engine.Calendar;

/// <summary>
/// A feed's secret: 32 random bytes, base64url (43 characters, no padding). Only its SHA-256 hash is
/// stored and looked up, so a secret is never compared character by character and a leaked database
/// gives out no address.
/// </summary>
public static class CalendarSecret
{
    /// <summary>The length of every secret as text.</summary>
    public const int Length = 43;

    private const int Bytes = 32;

    /// <summary>A fresh secret from the system's cryptographic generator.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The hash stored for <paramref name="secret"/>.</summary>
    public static byte[] Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return SHA256.HashData(Encoding.ASCII.GetBytes(secret));
    }

    /// <summary>
    /// The hash to look up for <paramref name="text"/> when it has the shape of a secret (43 base64url
    /// characters); false for anything else, which no feed can have.
    /// </summary>
    public static bool TryHash(string? text, out byte[] hash)
    {
        hash = [];
        if (text is not { Length: Length } || !text.All(IsBase64Url))
        {
            return false;
        }

        hash = Hash(text);
        return true;
    }

    private static bool IsBase64Url(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';
}
