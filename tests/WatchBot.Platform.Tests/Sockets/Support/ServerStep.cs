namespace WatchBot.Platform.Tests.Sockets.Support;

/// <summary>What the scripted server does with one connection.</summary>
/// <param name="Accept">False: answer 503 instead of upgrading (the connect fails).</param>
/// <param name="Ready">Send <c>ready</c> first (the protocol's "healthy").</param>
/// <param name="Then">After that: close with a code, drop the socket, send <c>boom</c>, or hold it open.</param>
/// <param name="CloseCode">The close code for <see cref="StepEnd.Close"/>.</param>
internal sealed record ServerStep(bool Accept, bool Ready, StepEnd Then, int CloseCode = 4000)
{
    public static ServerStep Refuse { get; } = new(false, false, StepEnd.Hold);

    public static ServerStep Hold { get; } = new(true, true, StepEnd.Hold);

    public static ServerStep ReadyThenClose(int code = 4000) => new(true, true, StepEnd.Close, code);

    public static ServerStep CloseBeforeReady(int code = 4000) => new(true, false, StepEnd.Close, code);

    public static ServerStep ReadyThenDrop { get; } = new(true, true, StepEnd.Drop);

    public static ServerStep ReadyThenBoom { get; } = new(true, true, StepEnd.Boom);
}

internal enum StepEnd
{
    Hold,
    Close,
    Drop,
    Boom,
}
