using LearningSearch.Index.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace LearningSearch.Index.Schema;

/// <summary>Words searched through the analysis chain (<see cref="BritishEnglishAnalyzer"/>), not stored: the text, the heading, the text's word pairs.</summary>
public sealed class WordsField : IndexField
{
    private readonly FieldType? _withoutNorms;

    /// <param name="norms">False where the field is scored on another field's lengths (the word pairs, on the text's).</param>
    public WordsField(string name, bool norms = true) : base(name) =>
        _withoutNorms = norms ? null : new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    /// <summary>The analysis the field is written and searched with; it is one chain for every words field (it tells the word pairs apart by name).</summary>
    public static Analyzer Analyzer { get; } = new BritishEnglishAnalyzer();

    public void Add(Document doc, string text) =>
        doc.Add(_withoutNorms is null ? new TextField(Name, text, Field.Store.NO) : new Field(Name, text, _withoutNorms));

    /// <summary>A term of the field's analysed words (a word as the analysis leaves it: "child" for "children").</summary>
    public Term Term(string analysedWord) => new(Name, analysedWord);
}
