using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace LearningSearch.Index.Analysis;

/// <summary>For exact-match fields (theme, review, kind, status, agency) typed in a query as <c>theme:neglect</c>: the whole value, lower case.</summary>
public sealed class LowerCaseKeywordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(BritishEnglishAnalyzer.Version, tokenizer));
    }
}
