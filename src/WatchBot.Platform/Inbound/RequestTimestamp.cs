using System.Globalization;

namespace WatchBot.Platform.Inbound;

/// <summary>
/// The replay window of a signed request: its timestamp header (Unix seconds, digits only) must be
/// within a tolerance of now, either way. A signature proves who sent a request, not when, so
/// without this a captured request could be sent again forever.
/// </summary>
public static class RequestTimestamp
{
    /// <summary>
    /// <see cref="SignatureCheck.Missing"/> when there is no timestamp; <see cref="SignatureCheck.Stale"/>
    /// when it is not a number of seconds or is more than <paramref name="tolerance"/> from now;
    /// otherwise <see cref="SignatureCheck.Valid"/>.
    /// </summary>
    public static SignatureCheck Check(string? timestamp, TimeSpan tolerance, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.Stale;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() > tolerance ? SignatureCheck.Stale : SignatureCheck.Valid;
    }
}
