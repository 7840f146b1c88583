using System.Text.RegularExpressions;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// What a query's text field asks to mark in snippets: analysed terms and wildcard patterns, each marked
/// wherever it appears, and phrases, whose words are marked only where they stand together as the search
/// matched them (a search for "was not brought" marks no "not" in "did not attend").
/// </summary>
public sealed record MatchTerms(IReadOnlySet<string> Terms, IReadOnlyList<Regex> Wildcards, IReadOnlyList<MatchPhrase> Phrases)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byCharacters =
        new HashSet<string>(Terms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseWords =
        new HashSet<string>(Phrases.SelectMany(p => p.Words.SelectMany(w => w)), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public MatchTerms(IReadOnlySet<string> terms, IReadOnlyList<Regex> wildcards) : this(terms, wildcards, []) { }

    public static MatchTerms None { get; } = new(new HashSet<string>(), []);

    public bool IsEmpty => Terms.Count == 0 && Wildcards.Count == 0 && Phrases.Count == 0;

    /// <summary>Whether the analysed word is one of <see cref="Terms"/>, without making a string of it.</summary>
    public bool Holds(ReadOnlySpan<char> word) => _byCharacters.Contains(word);

    /// <summary>The word as one of the phrases holds it (no new string), or null when no phrase has it.</summary>
    public string? PhraseWord(ReadOnlySpan<char> word) => _phraseWords.TryGetValue(word, out var held) ? held : null;
}

/// <summary>
/// A quoted phrase as the parser made it: for each of its positions the analysed words that may stand there
/// (one for a <c>PhraseQuery</c>, several for a <c>MultiPhraseQuery</c>), each position counted from the first
/// word, so a stop word dropped from the middle ("missed the appointment") leaves its gap; and how many
/// positions the words may move (the ~N a person typed).
/// </summary>
public sealed record MatchPhrase(IReadOnlyList<int> Offsets, IReadOnlyList<IReadOnlySet<string>> Words, int Slop);
