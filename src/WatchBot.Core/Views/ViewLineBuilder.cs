using System.Runtime.CompilerServices;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Views;

/// <summary>
/// Builds a <see cref="ViewLine"/> from an interpolated string. Literals are our own words; a hole
/// becomes a part by its type: a <see cref="ViewPart"/> as it is, a <see cref="string"/> as user text
/// (the safe default: whatever a hole holds may have been typed by someone), a <see cref="UserRef"/>
/// as a person, a <see cref="TimeSpan"/> as a media position, an int as plain digits, and a
/// <see cref="DateTimeOffset"/> as an instant styled by its format: <c>T</c> time, <c>F</c> date-time, <c>R</c> relative.
/// </summary>
[InterpolatedStringHandler]
public readonly struct ViewLineBuilder
{
    private readonly List<ViewPart> _parts;

    public ViewLineBuilder(int literalLength, int formattedCount)
    {
        _ = literalLength;
        _parts = new List<ViewPart>(formattedCount * 2 + 1);
    }

    public void AppendLiteral(string value)
    {
        if (value.Length > 0)
        {
            _parts.Add(new TextPart(value));
        }
    }

    public void AppendFormatted(ViewPart part) => _parts.Add(part);

    public void AppendFormatted(ViewLine line) => _parts.AddRange(line.Parts);

    public void AppendFormatted(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _parts.Add(new UserTextPart(text));
        }
    }

    public void AppendFormatted(UserRef person) => _parts.Add(new PersonPart(person));

    public void AppendFormatted(TimeSpan position) => _parts.Add(new PositionPart(position));

    public void AppendFormatted(int number) => _parts.Add(new TextPart(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void AppendFormatted(DateTimeOffset instant, string? format) => _parts.Add(new InstantPart(instant, format switch
    {
        "T" => InstantStyle.Time,
        "F" => InstantStyle.DateTime,
        "R" => InstantStyle.Relative,
        _ => throw new ArgumentException($"An instant in a view line needs a style: T, F or R, not '{format}'.", nameof(format)),
    }));

    public ViewLine Build() => new(_parts);
}
