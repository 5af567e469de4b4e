namespace WatchBot.Failover.Tests;

/// <summary>
/// The start announcements per channel, counted from what the channels received: exactly one each is the
/// goal; a channel with none is a lost start, a channel with two a double post. A start announcement is
/// the GO, or its late form: a GO the bot could only send more than <c>Sessions:LateGoTolerance</c> after
/// its instant says "started N ago, playing from …" instead (one GO, worded for when it arrives; a
/// thousand channels at 45 requests/s take 22 s). Lateness is the first one's arrival at the emulator
/// minus the booked start.
/// </summary>
internal sealed class GoLedger
{
    private readonly Dictionary<string, List<ChannelMessage>> _gos;

    private GoLedger(Dictionary<string, List<ChannelMessage>> gos, int lateStarts)
    {
        _gos = gos;
        LateStarts = lateStarts;
    }

    /// <summary>Start announcements in their late form ("started N ago") in the expected channels.</summary>
    public int LateStarts { get; }

    public static GoLedger Of(IEnumerable<ChannelMessage> messages, IReadOnlyCollection<string> channels)
    {
        var expected = channels.ToHashSet(StringComparer.Ordinal);
        var gos = channels.ToDictionary(c => c, _ => new List<ChannelMessage>(), StringComparer.Ordinal);
        var lateStarts = 0;
        foreach (var message in messages.Where(m => expected.Contains(m.ChannelId) && (m.IsGo || m.IsLateStart)))
        {
            gos[message.ChannelId].Add(message);
            lateStarts += message.IsLateStart ? 1 : 0;
        }

        return new GoLedger(gos, lateStarts);
    }

    /// <summary>Channels with exactly one start announcement (GO or its late form).</summary>
    public int Once => _gos.Values.Count(g => g.Count == 1);

    public IReadOnlyList<string> Missing => [.. _gos.Where(g => g.Value.Count == 0).Select(g => g.Key).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Doubled => [.. _gos.Where(g => g.Value.Count > 1).Select(g => g.Key).Order(StringComparer.Ordinal)];

    /// <summary>Whether every expected channel has at least one GO.</summary>
    public bool Complete => _gos.Values.All(g => g.Count > 0);

    /// <summary>When the first GO reached <paramref name="channelId"/>, or null.</summary>
    public DateTimeOffset? FirstGo(string channelId) =>
        _gos.TryGetValue(channelId, out var gos) && gos.Count > 0 ? gos.Min(g => g.At) : null;

    /// <summary>Seconds from <paramref name="start"/> to each channel's first GO, ascending.</summary>
    public double[] LatenessSeconds(DateTimeOffset start) =>
        [.. _gos.Values.Where(g => g.Count > 0).Select(g => (g.Min(m => m.At) - start).TotalSeconds).Order()];

    /// <summary>How many first GOs came through an interaction route (a follow-up) rather than a REST post.</summary>
    public int ViaInteraction => _gos.Values.Count(g => g.Count > 0 && g.MinBy(m => m.At)!.ViaInteraction);
}
