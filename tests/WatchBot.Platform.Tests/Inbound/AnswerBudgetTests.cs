using WatchBot.Platform.Inbound;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Inbound;

public sealed class AnswerBudgetTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task WorkDoneWithinTheBudget_IsTheAnswer()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        var work = new TaskCompletionSource<string>();

        var answer = AnswerBudget.WithinAsync(work.Task, Budget, time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1.9));
        work.SetResult("done");

        Assert.Equal(new Answer<string>(true, "done"), await answer);
    }

    [Fact]
    public async Task WorkStillRunningAtTheBudget_IsLate_AndGoesOnToCompleteForTheFollowUp()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        var work = new TaskCompletionSource<string>();

        var answer = AnswerBudget.WithinAsync(work.Task, Budget, time, CancellationToken.None);
        time.Advance(Budget);

        Assert.False((await answer).IsInTime);
        Assert.False(work.Task.IsCanceled);
        work.SetResult("later");
        Assert.Equal("later", await work.Task);
    }

    [Fact]
    public async Task ABudgetNotYetReached_DoesNotAnswerLate()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        var work = new TaskCompletionSource<int>();

        var answer = AnswerBudget.WithinAsync(work.Task, Budget, time, CancellationToken.None);
        time.Advance(Budget - TimeSpan.FromMilliseconds(1));

        Assert.False(answer.IsCompleted);
        work.SetResult(7);
        Assert.Equal(7, (await answer).Value);
    }

    [Fact]
    public async Task WorkThatFailsInTime_ThrowsToTheCaller_WhoAnswersPolitely()
    {
        var time = new FakeTimeProvider(TestTime.Start);

        var answer = AnswerBudget.WithinAsync(Task.FromException<int>(new InvalidOperationException("boom")), Budget, time, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => answer);
    }

    [Fact]
    public async Task AFailureWithinTheBudget_CountsAsFinished_ForACallerThatReadsTheTaskItself()
    {
        var time = new FakeTimeProvider(TestTime.Start);

        Assert.True(await AnswerBudget.FinishesWithinAsync(Task.FromException(new InvalidOperationException("boom")), Budget, time, CancellationToken.None));
    }

    [Fact]
    public async Task ShuttingDown_EndsTheWaitAsLate_NotWithAnException()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        using var stopping = new CancellationTokenSource();
        var work = new TaskCompletionSource<int>();

        var answer = AnswerBudget.WithinAsync(work.Task, Budget, time, stopping.Token);
        await stopping.CancelAsync();

        Assert.False((await answer).IsInTime);
    }
}
