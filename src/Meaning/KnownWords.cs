using System.Text;

namespace LearningSearch.Meaning;

/// <summary>
/// The English words the meaning model's vocabulary holds whole ("worried", "mobile", "boyfriend"; not word pieces like
/// "##ing"): about 20,000 everyday words. A word in it is a real word, even when no review uses it, so the search never
/// "corrects" it into a review's word ("worried" into "work"). Read from the packaged model's vocabulary, so it is there
/// whether or not search by meaning is switched on.
/// </summary>
public sealed class KnownWords
{
    private readonly HashSet<string> words;

    private KnownWords(HashSet<string> words) => this.words = words;

    /// <summary>No words: every word is unknown, as before this list (when the model file cannot be read).</summary>
    public static KnownWords None { get; } = new([]);

    public int Count => words.Count;

    /// <summary>The words of the packaged model's vocabulary, or <see cref="None"/> when the file cannot be read.</summary>
    public static KnownWords FromModel(string? modelFile = null)
    {
        modelFile ??= new MeaningOptions().ModelFile;
        try
        {
            if (!File.Exists(modelFile) || PackagedModelFile.Read(modelFile, MeaningModel.VocabularyResource) is not { } bytes) return None;
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
            {
                var word = line.Trim();
                // Whole words of two letters or more; pieces (##ing), markers ([PAD]), digits and punctuation are not words.
                if (word.Length >= 2 && word.All(char.IsLetter)) set.Add(word);
            }
            return new KnownWords(set);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    /// <summary>
    /// The real word nearest a word typed with a slip ("disabilites" -> "disabilities"): within the edits given, the first
    /// letter kept, the fewest edits first, then the shorter word; null when none is that near.
    /// </summary>
    public string? Nearest(string typed, int maxEdits)
    {
        if (typed.Length == 0) return null;
        string? best = null;
        var fewest = maxEdits + 1;
        foreach (var word in words)
        {
            if (word[0] != typed[0] || Math.Abs(word.Length - typed.Length) > maxEdits) continue;
            var edits = EditDistance.Between(typed, word);
            if (edits < fewest || edits == fewest && best is not null && (word.Length < best.Length || word.Length == best.Length && string.CompareOrdinal(word, best) < 0))
            {
                best = word;
                fewest = edits;
            }
        }
        return fewest <= maxEdits ? best : null;
    }

    /// <summary>True when the word, in any case and without a possessive ('s), is a whole word of the vocabulary.</summary>
    public bool Contains(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal)) lower = lower[..^2];
        return words.Contains(lower);
    }
}
