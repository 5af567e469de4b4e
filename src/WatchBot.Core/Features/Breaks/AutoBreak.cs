namespace WatchBot.Core.Features.Breaks;

/// <summary>
/// A space's <c>break-auto:</c> setting: how many distinct people asking within
/// <see cref="Window"/> pause the session by themselves. Off is a null setting.
/// </summary>
/// <param name="People">A fixed number of people; null means a third of the session (<see cref="Third"/>).</param>
public sealed record AutoBreak(int? People)
{
    /// <summary>The word for a third of those who said ready (or, when nobody did, of the participants).</summary>
    public const string ThirdWord = "third";

    /// <summary>Asks this close together count toward the automatic pause: the minute people are told about.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>A third of those watching, at least two.</summary>
    public static readonly AutoBreak Third = new((int?)null);

    /// <summary>How many asks pause <paramref name="readyCount"/> ready people among <paramref name="participantCount"/>.</summary>
    public int Needed(int readyCount, int participantCount)
    {
        if (People is { } people)
        {
            return people;
        }

        // Ready says who is really watching; before anyone said so, everyone who took part counts.
        var watching = readyCount > 0 ? readyCount : participantCount;
        return Math.Max(2, (watching + 2) / 3);
    }

    /// <summary>As typed and shown: <c>3</c> or <c>third</c>.</summary>
    public override string ToString() => People is { } people ? people.ToString(System.Globalization.CultureInfo.InvariantCulture) : ThirdWord;

    /// <summary>Reads <c>3</c> or <c>third</c> (stored or typed); null for anything else.</summary>
    public static AutoBreak? Read(string? text)
    {
        var word = text?.Trim();
        if (string.Equals(word, ThirdWord, StringComparison.OrdinalIgnoreCase))
        {
            return Third;
        }

        return int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000
            ? new AutoBreak(n)
            : null;
    }
}
