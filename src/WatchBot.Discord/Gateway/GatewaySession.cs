namespace WatchBot.Discord.Gateway;

/// <summary>
/// What a shard must remember to resume: the session id and resume URL from READY and the last
/// non-null sequence number. Shared by the receive loop (writes) and the heartbeat (reads).
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _gate = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;

    public long? Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    /// <summary>The session to resume, or null when the next connection must identify.</summary>
    public (string SessionId, Uri ResumeUrl, long? Sequence)? Resumable
    {
        get
        {
            lock (_gate)
            {
                return _sessionId is null || _resumeUrl is null ? null : (_sessionId, _resumeUrl, _sequence);
            }
        }
    }

    public void Observe(long? sequence)
    {
        if (sequence is null)
        {
            return;
        }

        lock (_gate)
        {
            _sequence = sequence;
        }
    }

    public void Ready(string sessionId, Uri resumeUrl)
    {
        lock (_gate)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
        }
    }

    /// <summary>Forgets the session (op 9 false, 4007, 4009): the next connection identifies afresh.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}
