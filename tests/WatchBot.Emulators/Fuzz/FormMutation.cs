using CsCheck;

namespace WatchBot.Emulators.Fuzz;

/// <summary>
/// One change to a form body (<c>application/x-www-form-urlencoded</c>): replace, remove, add or
/// repeat a field, or spoil the encoding itself (a stray <c>%</c>, a cut escape).
/// </summary>
/// <param name="Kind">Which change.</param>
/// <param name="Where">Picks the field.</param>
/// <param name="Value">The text put in.</param>
/// <param name="Name">The field name used when adding.</param>
public sealed record FormMutation(int Kind, int Where, string Value, string Name)
{
    private static readonly string[] Spoilers = ["%", "%Z", "%ZZ", "%E2%82", "%FF", "%C0%AF", "%00", "&&", "=", "+%2B", "%u0041"];

    public static readonly Gen<FormMutation> Any =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Hostile.Text,
            Gen.Frequency((3, Gen.OneOf("team_id", "channel_id", "user_id", "user_name", "command", "text", "trigger_id", "response_url", "payload", "ssl_check")), (1, Hostile.Text)),
            (kind, where, value, name) => new FormMutation(kind, where, value, name));

    /// <summary>The seed's fields with <paramref name="mutations"/> applied, encoded, as the bytes to send.</summary>
    public static byte[] Encode(IReadOnlyList<KeyValuePair<string, string>> seed, IEnumerable<FormMutation> mutations)
    {
        var fields = seed.ToList();
        var tail = "";
        foreach (var m in mutations)
        {
            var i = fields.Count == 0 ? 0 : m.Where % fields.Count;
            switch (m.Kind)
            {
                case 0 when fields.Count > 0:
                    fields[i] = new(fields[i].Key, m.Value);
                    break;
                case 1 when fields.Count > 0:
                    fields.RemoveAt(i);
                    break;
                case 3 when fields.Count > 0:
                    fields.Add(fields[i]);
                    break;
                case 4:
                    tail += Spoilers[m.Where % Spoilers.Length];
                    break;
                default:
                    fields.Add(new(m.Name, m.Value));
                    break;
            }
        }

        var text = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))) + tail;
        return FuzzBytes.Form(text);
    }
}
