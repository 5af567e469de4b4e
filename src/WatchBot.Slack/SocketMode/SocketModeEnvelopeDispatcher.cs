using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Platform.Inbound;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Handles one envelope and acks it, never throwing. The ack goes out when the handler returns or
/// when <see cref="SocketModeOptions.HandlerBudget"/> runs out, whichever is first: a late ack is a
/// failed command for the user (and a redelivery), while a bare ack only loses the optional
/// response payload, which the handler can still deliver through <c>response_url</c>.
/// </summary>
internal sealed class SocketModeEnvelopeDispatcher(
    ISocketModeEnvelopeHandler handler,
    IOptions<SocketModeOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger)
{
    // Across reconnects: Slack may redeliver an envelope on the new connection when the ack on the
    // old one was lost. Ids are unique, so only capacity forgets them.
    private readonly Deduplicator _seen = new(time, options.Value.RememberedEnvelopes);

    public async Task DispatchAsync(SocketModeEnvelope envelope, SocketModeConnection connection, CancellationToken stopping)
    {
        if (!_seen.FirstTime(envelope.EnvelopeId, Deduplicator.Forever))
        {
            // Acked again: the first ack evidently did not reach Slack.
            SocketModeLog.Redelivered(logger, envelope.EnvelopeId, envelope.RetryAttempt, envelope.RetryReason);
            await AckAsync(envelope, null, connection);
            return;
        }

        if (!envelope.IsHandled)
        {
            SocketModeLog.UnhandledEnvelopeType(logger, envelope.EnvelopeId, envelope.EnvelopeType);
            await AckAsync(envelope, null, connection);
            return;
        }

        var budget = options.Value.HandlerBudget;
        // Task.Run: a handler that blocks before its first await must not hold the receive loop.
        var handling = Task.Run(() => handler.HandleAsync(envelope.EnvelopeType, envelope.Payload, stopping), CancellationToken.None);
        JsonObject? response = null;
        if (await AnswerBudget.FinishesWithinAsync(handling, budget, time, stopping))
        {
            response = ResponseOf(envelope, handling);
        }
        else
        {
            SocketModeLog.HandlerSlow(logger, envelope.EnvelopeType, envelope.EnvelopeId, budget);
            _ = ObserveLateAsync(envelope, handling);
        }

        await AckAsync(envelope, response, connection);
    }

    private JsonObject? ResponseOf(SocketModeEnvelope envelope, Task<JsonObject?> handling)
    {
        if (!handling.IsCompletedSuccessfully)
        {
            if (handling.Exception is { } failure)
            {
                SocketModeLog.HandlerFailed(logger, failure.GetBaseException(), envelope.EnvelopeType, envelope.EnvelopeId);
            }

            return null;
        }

        if (handling.Result is not null && !envelope.AcceptsResponsePayload)
        {
            SocketModeLog.PayloadNotAccepted(logger, envelope.EnvelopeId, envelope.EnvelopeType);
            return null;
        }

        return handling.Result;
    }

    private async Task ObserveLateAsync(SocketModeEnvelope envelope, Task<JsonObject?> handling)
    {
        try
        {
            await handling;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SocketModeLog.HandlerFailedLate(logger, ex, envelope.EnvelopeType, envelope.EnvelopeId);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: nothing left to report.
        }
    }

    private async Task AckAsync(SocketModeEnvelope envelope, JsonObject? response, SocketModeConnection connection)
    {
        var error = await connection.TrySendAsync(new SocketModeAck(envelope.EnvelopeId, response).ToUtf8Json());
        if (error is null)
        {
            SocketModeLog.Acked(logger, envelope.EnvelopeId, envelope.EnvelopeType, connection.Id, response is not null);
        }
        else
        {
            SocketModeLog.AckFailed(logger, envelope.EnvelopeId, connection.Id, error);
        }
    }
}
