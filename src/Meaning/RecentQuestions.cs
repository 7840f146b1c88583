namespace LearningSearch.Meaning;

/// <summary>
/// The vectors of the most recently asked questions, least recently used forgotten first. People repeat
/// questions (paging, refining filters), and a vector costs a model run while a lookup costs nothing.
/// One lock: the work under it is a dictionary lookup and a list splice, far cheaper than contention matters.
/// </summary>
internal sealed class RecentQuestions(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Question, EncodedText Meaning)>> byQuestion = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Question, EncodedText Meaning)> byRecency = new();
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byQuestion.Count;
            }
        }
    }

    public bool TryGet(string question, out EncodedText meaning)
    {
        lock (gate)
        {
            if (byQuestion.TryGetValue(question, out var node))
            {
                byRecency.Remove(node);
                byRecency.AddFirst(node);
                meaning = node.Value.Meaning;
                return true;
            }
        }
        meaning = null!;
        return false;
    }

    public void Remember(string question, EncodedText meaning)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (gate)
        {
            if (byQuestion.TryGetValue(question, out var known))
            {
                byRecency.Remove(known);
            }
            else if (byQuestion.Count >= capacity)
            {
                var oldest = byRecency.Last!;
                byRecency.RemoveLast();
                byQuestion.Remove(oldest.Value.Question);
            }
            byQuestion[question] = byRecency.AddFirst((question, meaning));
        }
    }
}
