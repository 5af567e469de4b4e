using System.Globalization;

namespace WatchBot.Discord.Rest;

/// <summary>
/// A Discord id: an unsigned 64-bit integer written in ASCII decimal digits. REST paths are built
/// only from these, so nothing read from a payload (<c>"1/../../guilds/1/bans/2"</c>) can steer a
/// request to another route.
/// </summary>
public readonly record struct Snowflake(ulong Value)
{
    /// <summary>Longest decimal form of a 64-bit unsigned value.</summary>
    private const int MaxDigits = 20;

    /// <summary>True when <paramref name="text"/> is 1–20 ASCII digits that fit 64 bits (no sign, space or other digit scripts).</summary>
    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        snowflake = default;
        if (text is null || text.Length is 0 or > MaxDigits || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        snowflake = new Snowflake(value);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a snowflake (see <see cref="TryParse"/>).</summary>
    public static bool IsValid(string? text) => TryParse(text, out _);

    /// <summary>For ids that were validated before (configuration, stored links); throws on anything else.</summary>
    public static Snowflake Parse(string text) =>
        TryParse(text, out var snowflake) ? snowflake : throw new FormatException("Not a Discord snowflake (ASCII digits, 64-bit).");

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
