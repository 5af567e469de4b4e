using System.Text;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// The stable key an outbox entry's messages are posted under: <c>wb</c> and the entry's id in base 36
/// (at most 15 characters, within Discord's 25 for a nonce). Ids come from the database, so the key is
/// unique across instances, and the same on every re-send of the entry: a platform that de-duplicates
/// creates by key (Discord's <c>nonce</c> with <c>enforce_nonce</c>) posts it once.
/// </summary>
public static class OutboxDeliveryKey
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string For(long entryId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entryId);
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, Digits[(int)(entryId % 36)]);
            entryId /= 36;
        }
        while (entryId > 0);

        return "wb" + digits;
    }
}
