namespace LearningSearch.Meaning;

/// <summary>Which search found a fused hit, for the page to say "found by words", "by meaning" or "by both".</summary>
[Flags]
public enum FoundBy
{
    Words = 1,
    Meaning = 2,
    Both = Words | Meaning,
}
