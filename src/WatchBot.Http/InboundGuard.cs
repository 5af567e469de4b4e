using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WatchBot.Http;

/// <summary>
/// The last guard around every inbound request: nothing a client sends may produce a 500 or an
/// error-level stack trace. Kestrel's own refusals while the body is read (too large: 413; too slow:
/// 408; cut short: 400) keep their status; anything else that escapes an endpoint is answered 400.
/// Each kind is logged as a warning without the exception, within a <see cref="LogBudget"/>, so a
/// flood of bad requests cannot flood the log.
/// </summary>
internal sealed class InboundGuard(LogBudget refusals, LogBudget failures, ILogger logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex)
        {
            if (refusals.TryTake(out var heldBack))
            {
                Log.RequestRefused(logger, LoggedPath.Of(context.Request.Path), ex.StatusCode, Reason(ex.StatusCode), heldBack);
            }

            Answer(context, ex.StatusCode);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            Log.ClientGone(logger, LoggedPath.Of(context.Request.Path));
        }
#pragma warning disable CA1031 // The point of the guard: no exception may become a 500.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (failures.TryTake(out var heldBack))
            {
                // The type and the method it came from locate the bug; the stack trace stays out of the log.
                Log.RequestFailed(logger, LoggedPath.Of(context.Request.Path), ex.GetType().Name, ThrowSite.Of(ex), heldBack);
            }

            Answer(context, StatusCodes.Status400BadRequest);
        }
    }

    private static void Answer(HttpContext context, int status)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    private static string Reason(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "body larger than Http:MaxRequestBodyBytes",
        StatusCodes.Status408RequestTimeout => "body arrived too slowly (Http:RequestBodyTimeout)",
        _ => "body cut short or unreadable",
    };
}
