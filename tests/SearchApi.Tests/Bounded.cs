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
