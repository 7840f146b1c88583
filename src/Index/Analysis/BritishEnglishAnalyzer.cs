using LearningSearch.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace LearningSearch.Index.Analysis;

/// <summary>
/// Analysis for British safeguarding English. EnglishAnalyzer would join neither "organisation" and
/// "organization" nor "children" and "child", and it drops "not", which "was not brought" needs; so the
/// chain is built by hand: standard tokens, possessives, lower case, accents folded, stop words that keep
/// negations, spelling and irregular-plural normalisation, protected abbreviations, then Porter stemming.
/// The word-pairs field gets the same words, paired (<see cref="WordPairsFilter"/>).
/// </summary>
public sealed class BritishEnglishAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = BuildStopWords();

    // Abbreviations that the stemmer would mangle ("cse" is not a stem of anything).
    private static readonly CharArraySet Protected = new(Version,
        ["dna", "wnb", "cse", "csa", "cce", "mash", "marac", "mappa", "camhs", "sudi", "lac", "cla", "ppn", "taf", "gcp", "ed", "a&e", "gp", "gps", "nhs", "ofsted", "cafcass", "icb", "ccg"], true);

    // Components are kept per field, as the word-pairs field's chain differs from the others'.
    public BritishEnglishAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new RememberedWordsFilter(tokenizer);
        if (fieldName == IndexFields.WordPairs.Name) stream = new WordPairsFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The filters a written word goes through, each looking at one word at a time (see <see cref="RememberedWordsFilter"/>).</summary>
    public static TokenStream WordChain(TokenStream words)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, words);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new SpellingFilter(stream);
        stream = new SetKeywordMarkerFilter(stream, Protected);
        return new PorterStemFilter(stream);
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, StandardAnalyzer.STOP_WORDS_SET.Count, true);
        foreach (var word in StandardAnalyzer.STOP_WORDS_SET)
        {
            var text = word;
            if (text is not ("no" or "not" or "without" or "never")) set.Add(text);
        }
        return set;
    }
}
