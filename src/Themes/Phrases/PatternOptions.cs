using System.Text.RegularExpressions;

namespace LearningSearch.Themes.Phrases;

/// <summary>How every taxonomy pattern is run.</summary>
internal static class PatternOptions
{
    /// <summary>
    /// For the tagger and the query matcher, used from any thread. Interpreted, not RegexOptions.Compiled: the
    /// taxonomy is about a thousand small anchored patterns, and compiling them to IL cost 2.6 s to build and
    /// 17 s of JIT on the first pass over the sample corpus, for no gain once warm (129 µs a unit either way).
    /// </summary>
    public const RegexOptions Running =
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>
    /// For the few patterns without anchors (hand-written <c>re:</c> entries), searched for at every position of every
    /// unit: a dozen alternations, one per theme that has such entries, so compiling them costs little, and interpreted
    /// they were two thirds of the tagger's time (about a third of a national build's reading).
    /// </summary>
    public const RegexOptions SearchingInFull = Running | RegexOptions.Compiled;

    /// <summary>For checking a file at load time, where compiling to IL would only slow the check down.</summary>
    public const RegexOptions Checking =
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>
    /// Built phrases cannot backtrack badly and run without a limit: a wall-clock limit on them would only
    /// fail spuriously on a busy machine. A hand-written <c>re:</c> entry can backtrack catastrophically, so
    /// it gets a generous limit, and a stuck pattern fails loudly, naming itself, instead of hanging an
    /// indexing run of half a million units.
    /// </summary>
    public static readonly TimeSpan HandWrittenTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The compiled twin of hand-written patterns gets a shorter limit than the interpreter: past it, the text is
    /// searched again interpreted (PhraseSet.FindInFull says why), which no legitimate match comes near.
    /// </summary>
    public static readonly TimeSpan CompiledTimeout = TimeSpan.FromSeconds(1);

    public static TimeSpan TimeoutFor(bool handWritten) => handWritten ? HandWrittenTimeout : System.Text.RegularExpressions.Regex.InfiniteMatchTimeout;
}
