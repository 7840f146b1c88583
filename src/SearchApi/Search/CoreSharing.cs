using System.Runtime.ExceptionServices;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Pieces of one search's work shared between the cores, or done one after another on this thread. Either way a
/// failure surfaces as the exception a loop on one thread would raise (a closed or damaged index), not wrapped in
/// an AggregateException that the error handling would not recognise.
/// </summary>
internal static class CoreSharing
{
    public static void For(int count, bool inParallel, Action<int> piece)
    {
        if (!inParallel)
        {
            for (var i = 0; i < count; i++) piece(i);
            return;
        }
        try
        {
            Parallel.For(0, count, piece);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
