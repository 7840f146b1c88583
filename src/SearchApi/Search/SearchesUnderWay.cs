namespace LearningSearch.SearchApi.Search;

/// <summary>
/// How many searches this process is running, start to finish. A search may spread its work over the cores (its
/// segments, its page of hits) only while it is the only one under way per two cores: under load every core is
/// already busy with a search of its own, and splitting one then only makes it wait for the pieces it handed out.
/// </summary>
public static class SearchesUnderWay
{
    private static int _count;

    /// <summary>Counts a search as under way until the slot is disposed.</summary>
    public static Slot Enter()
    {
        Interlocked.Increment(ref _count);
        return new Slot();
    }

    /// <summary>Whether a search that has entered may spread its work now.</summary>
    public static bool MaySpread =>
        Environment.ProcessorCount >= 2 && Volatile.Read(ref _count) <= Math.Max(1, Environment.ProcessorCount / 2);

    public readonly struct Slot : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref _count);
    }
}
