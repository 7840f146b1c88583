namespace LearningSearch.Themes.Vocabulary;

/// <summary>
/// One rule of the practitioners' vocabulary: when a question says one of <see cref="Ask"/>, the search also looks
/// for <see cref="Find"/>. A two-way entry (<c>"same"</c> in the file) lists words that mean the same thing either
/// way round ("CAMHS" and "child and adolescent mental health services"); a one-way entry (<c>"ask"</c>/<c>"find"</c>)
/// joins how people say a thing to how reviews write it ("mum's boyfriend" finds "male partner", not the reverse).
/// </summary>
/// <param name="Number">The entry's place in the file, from 1, for messages.</param>
/// <param name="Group">What kind of rule it is (abbreviation, everyday, word-forms, concept, spelling), for the page and the file's readers.</param>
/// <param name="Ask">The phrases matched in a question (the taxonomy's phrase syntax: word forms, <c>(a|b)</c>, <c>...</c>, <c>word*</c>).</param>
/// <param name="Find">The plain phrases searched for as well when one of <see cref="Ask"/> is in the question.</param>
/// <param name="TwoWay">True for a <c>"same"</c> entry: each of its phrases finds all the others.</param>
/// <param name="MatchCase">Abbreviations that are also English words ("SEND", "CAN") count only in capitals.</param>
public sealed record VocabularyEntry(int Number, string Group, IReadOnlyList<string> Ask, IReadOnlyList<string> Find, bool TwoWay, bool MatchCase)
{
    /// <summary>What the entry finds for a question that says <paramref name="asked"/>: for a two-way entry, its other phrases.</summary>
    public IEnumerable<string> FindFor(string asked) =>
        TwoWay ? Find.Where(f => !string.Equals(f, asked, StringComparison.OrdinalIgnoreCase)) : Find;
}
