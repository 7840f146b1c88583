using System.Globalization;
using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Tagging;

/// <summary>
/// A letter tree of every anchor of every entry of every <see cref="PhraseSet"/>. Walking a word through it
/// gives the entries that may start a match at that word; every other entry is skipped there without
/// running a regular expression.
/// </summary>
internal sealed class AnchorIndex
{
    private readonly Node root = new();

    public AnchorIndex(IReadOnlyList<PhraseSet> sets)
        : this(sets.Select(s => (IReadOnlyList<IReadOnlyList<string>?>)s.Anchors).ToList())
    {
    }

    /// <param name="anchorsOfSets">Per set, per entry, the entry's anchors (null: searched in full, not in the tree).</param>
    public AnchorIndex(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>?>> anchorsOfSets)
    {
        for (var set = 0; set < anchorsOfSets.Count; set++)
        {
            for (var entry = 0; entry < anchorsOfSets[set].Count; entry++)
            {
                foreach (var anchor in anchorsOfSets[set][entry] ?? [])
                {
                    root.Add(anchor, new SetEntry(set, entry));
                }
            }
        }
    }

    /// <summary>The start of the next word at or after <paramref name="i"/>, or the text's length.</summary>
    public static int NextWord(string text, int i)
    {
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Walks the word starting at <paramref name="start"/> (and the words after it, where an anchor spans
    /// several), adds the entries whose anchor begins there to <paramref name="entries"/>, and returns where
    /// the first word ends.
    /// </summary>
    public int Word(string text, int start, List<SetEntry> entries)
    {
        var node = root;
        var i = start;
        for (; i < text.Length && IsWordChar(text[i]); i++)
        {
            node = Step(node, text[i], entries);
        }

        var firstEnd = i;
        while (node?.Gap is { } afterGap && (i = NextWord(text, i)) < text.Length)
        {
            node = afterGap;
            for (; node is not null && i < text.Length && IsWordChar(text[i]); i++)
            {
                node = Step(node, text[i], entries);
            }
        }

        return firstEnd;
    }

    private static Node? Step(Node? node, char c, List<SetEntry> entries)
    {
        node = node?.Next(c);
        if (node?.Entries is { } found)
        {
            entries.AddRange(found);
        }

        return node;
    }

    // The characters of \w in .NET regular expressions, so a word start here is a \b position there.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' ||
        (c >= 128 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation));

    private sealed class Node
    {
        private Node?[]? ascii;
        private Dictionary<char, Node>? other;

        public List<SetEntry>? Entries { get; private set; }

        /// <summary>Where the walk continues after the spaces or punctuation that end a word.</summary>
        public Node? Gap { get; private set; }

        public Node? Next(char c)
        {
            if (c < 128)
            {
                return ascii?[char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c];
            }

            return other is not null && other.TryGetValue(char.ToLowerInvariant(c), out var next) ? next : null;
        }

        public void Add(string anchor, SetEntry entry)
        {
            var node = this;
            foreach (var c in anchor)
            {
                node = c == PhraseAnchors.Gap ? (node.Gap ??= new Node()) : node.Child(c);
            }

            node.Entries ??= [];
            if (!node.Entries.Contains(entry))
            {
                node.Entries.Add(entry);
            }
        }

        private Node Child(char c)
        {
            if (c < 128)
            {
                ascii ??= new Node?[128];
                return ascii[c] ??= new Node();
            }

            other ??= [];
            if (!other.TryGetValue(c, out var child))
            {
                child = new Node();
                other[c] = child;
            }

            return child;
        }
    }
}

/// <summary>Entry <see cref="Entry"/> of phrase set <see cref="Set"/>; ordered so a set's preferred entries come first.</summary>
internal readonly record struct SetEntry(int Set, int Entry) : IComparable<SetEntry>
{
    public int CompareTo(SetEntry other) => Set != other.Set ? Set.CompareTo(other.Set) : Entry.CompareTo(other.Entry);
}
