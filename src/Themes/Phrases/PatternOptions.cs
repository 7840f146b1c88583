using System.Text.RegularExpressions;

namespace LearningSearch.Themes.Phrases;

/// <summary>How every taxonomy pattern is run.</summary>
internal static class PatternOptions
{
    /// <summary>For the tagger and the query matcher: compiled once, then used from any thread.</summary>
    public const RegexOptions Running =
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>For checking a file at load time, where compiling to IL would only slow the check down.</summary>
    public const RegexOptions Checking =
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>
    /// Built phrases cannot backtrack badly, but a hand-written <c>re:</c> entry can; a stuck pattern should
    /// fail loudly, naming itself, rather than hang an indexing run of half a million units.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
}
