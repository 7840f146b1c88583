using System.Globalization;
using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The classic query syntax over the unit fields: words and phrases search the text, <c>field:value</c> the
/// exact fields, and <c>year:2017</c> or <c>year:[2015 TO 2018]</c> the numeric year. Not thread-safe, like
/// the QueryParser it extends: make one per request.
/// </summary>
public sealed class UnitQueryParser : QueryParser
{
    public UnitQueryParser() : base(BritishEnglishAnalyzer.Version, IndexFields.Text.Name, IndexFields.QueryAnalyzer)
    {
        DefaultOperator = OR_OPERATOR;
        AllowLeadingWildcard = false;
        Locale = CultureInfo.InvariantCulture;
        AutoGeneratePhraseQueries = true;
        FuzzyMinSim = 0.7f;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == IndexFields.Year.Name)
        {
            if (!int.TryParse(queryText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                throw new ParseException($"year: needs a year such as 2017, not '{queryText}'.");
            return IndexFields.Year.Range(year, year);
        }
        return base.GetFieldQuery(field, queryText, quoted);
    }

    // A /regular expression/ can be slow and, when malformed, throws while it is built: refuse it before that.
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException("regular expressions are not supported");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field == IndexFields.Year.Name)
        {
            int? from = int.TryParse(part1, CultureInfo.InvariantCulture, out var a) ? a : null;
            int? to = int.TryParse(part2, CultureInfo.InvariantCulture, out var b) ? b : null;
            return IndexFields.Year.Range(from, to, startInclusive, endInclusive);
        }
        return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
}
