using LearningSearch.SearchApi.Hosting;

namespace LearningSearch.SearchApi.Tests;

/// <summary>Waits that end: a test whose awaited work never finishes fails in a bounded time saying what it waited for, rather than hanging the run.</summary>
internal static class Bounded
{
    public static async Task<T> Within<T>(this Task<T> task, TimeSpan limit, string what)
    {
        try
        {
            return await task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Waited {limit.TotalSeconds:0} s for {what}; it did not come.");
            throw;
        }
    }

    public static async Task Within(this Task task, TimeSpan limit, string what)
    {
        try
        {
            await task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Waited {limit.TotalSeconds:0} s for {what}; it did not come.");
            throw;
        }
    }
}

/// <summary>Waits on the index maintenance's own signal for the service to move on (a generation served, refused or found damaged).</summary>
internal static class IndexChanges
{
    public static async Task Until(this IndexMaintenance maintenance, Func<bool> condition, TimeSpan limit, string what)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            try
            {
                if (condition()) met.TrySetResult();
            }
            catch (Exception e)
            {
                met.TrySetException(e);
            }
        }

        maintenance.Changed += Check;
        try
        {
            Check(); // it may have moved on already
            await met.Task.Within(limit, what);
        }
        finally
        {
            maintenance.Changed -= Check;
        }
    }
}
