using System.Reflection;
using Quartz;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>
/// A scheduler (and its factory) whose <c>ScheduleJob</c> and <c>DeleteJobs</c> wait until released, counting
/// how many are waiting at once: what the job store sees when every change queues for its lock.
/// Any other member is not expected and throws.
/// </summary>
public class BlockingScheduler : DispatchProxy
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _peak;
    private int _entered;
    private IScheduler _self = null!;

    /// <summary>The most changes that were inside the store at once.</summary>
    public int Peak => Volatile.Read(ref _peak);

    /// <summary>How many changes have entered the store so far.</summary>
    public int Entered => Volatile.Read(ref _entered);

    public static (BlockingScheduler Control, ISchedulerFactory Factory) Create()
    {
        var scheduler = Create<IScheduler, BlockingScheduler>();
        var control = (BlockingScheduler)(object)scheduler;
        control._self = scheduler;
        var factory = Create<ISchedulerFactory, FactoryProxy>();
        ((FactoryProxy)(object)factory).Scheduler = scheduler;
        return (control, factory);
    }

    public void Release() => _release.TrySetResult();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name switch
        {
            "get_Status" => SchedulerStatus.Running,
            "ScheduleJob" or "DeleteJobs" => Blocked(targetMethod.ReturnType),
            _ => throw new NotSupportedException(targetMethod.Name),
        };
    }

    private async Task BlockAsync()
    {
        Interlocked.Increment(ref _entered);
        var inside = Interlocked.Increment(ref _inside);
        InterlockedMax(ref _peak, inside);
        await _release.Task;
        Interlocked.Decrement(ref _inside);
    }

    /// <summary>The result as the member declares it: Task&lt;T&gt; or ValueTask&lt;T&gt;.</summary>
    private static object Wrap<T>(Type returnType, Func<Task<T>> run)
    {
        var task = run();
        return returnType == typeof(ValueTask<T>) ? new ValueTask<T>(task) : task;
    }

    /// <summary>A blocked change, as whatever awaitable the member declares (an empty result: nothing deleted).</summary>
    private object Blocked(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            var plain = BlockAsync();
            return returnType == typeof(Task) ? plain : new ValueTask(plain);
        }

        // The result first: a member this fake cannot answer fails before it counts as entered.
        var result = returnType.GetGenericArguments()[0];
        var value = Empty(result);
        var then = typeof(BlockingScheduler).GetMethod(nameof(Then), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(result);
        return then.Invoke(null, [BlockAsync(), value, returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)])!;
    }

    /// <summary>An empty collection (of whatever element the member names), or a value type's default.</summary>
    private static object? Empty(Type type)
    {
        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (!type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is { } constructor)
        {
            return constructor.Invoke(null);
        }

        var element = type.IsGenericType ? type.GetGenericArguments()[0] : typeof(object);
        var array = Array.CreateInstance(element, 0);
        return type.IsInstanceOfType(array) ? array : throw new NotSupportedException($"no empty {type}");
    }

    private static object Then<T>(Task blocked, object? value, bool asValueTask)
    {
        var task = ThenAsync();
        return asValueTask ? new ValueTask<T>(task) : task;

        async Task<T> ThenAsync()
        {
            await blocked;
            return (T)value!;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    /// <summary>Hands out the one blocking scheduler.</summary>
    public class FactoryProxy : DispatchProxy
    {
        public IScheduler Scheduler { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            return targetMethod.Name == "GetScheduler"
                ? Wrap(targetMethod.ReturnType, () => Task.FromResult(Scheduler))
                : throw new NotSupportedException(targetMethod.Name);
        }
    }
}
