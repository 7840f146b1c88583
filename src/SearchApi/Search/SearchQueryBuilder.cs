using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.Themes;
using LearningSearch.Themes.Vocabulary;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Turns a search request into a Lucene query and filter: validates every parameter, parses the words,
/// adds the taxonomy's synonyms for the themes the words mention and the practitioners' vocabulary's other ways of
/// saying them, and collects the terms to highlight; a request it cannot run becomes a <see cref="SearchRefusal"/>
/// naming the parameter to fix.
/// </summary>
public sealed partial class SearchQueryBuilder(Taxonomy taxonomy, ThemeQueryMatcher themeMatcher, VocabularyMatcher vocabulary)
{
    public const int MaxQueryLength = 500;
    public const int MaxPageSize = 100;
    public const int MaxResultWindow = 10_000;
    public const int DefaultFacetLimit = 40;
    public const int MaxFacetLimit = 1000;

    private readonly RestrictionFilters _filters = new();

    /// <summary>The plan of a search, or what is wrong with the request and how to fix it.</summary>
    /// <param name="themesByMeaning">Themes the question is about by its meaning (the theme model on its sentence vector),
    /// whose clause joins the query like a theme its words name; empty without the meaning model.</param>
    public Outcome<SearchPlan, SearchRefusal> Build(SearchRequest request, IReadOnlyList<Theme>? themesByMeaning = null, IReadOnlyList<(string Typed, string Suggested)>? misspelled = null)
    {
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? 20;
        if (page < 1) return new SearchRefusal("page", "Invalid page", $"page must be 1 or more; it was {page}.");
        if (pageSize is < 1 or > MaxPageSize) return new SearchRefusal("pageSize", "Invalid pageSize", $"pageSize must be between 1 and {MaxPageSize}; it was {pageSize}.");
        if ((long)page * pageSize > MaxResultWindow)
            return new SearchRefusal("page", "Page too deep", $"Only the first {MaxResultWindow} results can be paged through; narrow the search with filters instead of going to page {page}.");

        var facetLimit = request.FacetLimit ?? DefaultFacetLimit;
        if (facetLimit is < 1 or > MaxFacetLimit)
            return new SearchRefusal("facetLimit", "Invalid facetLimit", $"facetLimit must be between 1 and {MaxFacetLimit}; it was {facetLimit}.");

        var q = (request.Q ?? "").Trim();
        if (q.Length > MaxQueryLength)
            return new SearchRefusal("q", "Query too long", $"The search is {q.Length} characters long; keep it under {MaxQueryLength}.");
        if (q.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            return new SearchRefusal("q", "Invalid characters", "The search contains control characters; type it again as plain text.");

        if (!BuildRestrictions(request).TryGet(out var restrictions, out var refusal)) return refusal;
        string? notice = null;
        var matchTerms = MatchTerms.None;
        Query query;
        var expanded = q;
        IReadOnlyList<QueryExpansion> expansions = [];
        var byMeaning = false;

        if (q.Length == 0)
        {
            query = new MatchAllDocsQuery();
        }
        else
        {
            var question = AsTheQuerySyntaxReadsIt(q);
            if (!Parse(question).TryGet(out var parsed, out refusal)) return refusal;
            if (parsed is null || (parsed is BooleanQuery b && b.Clauses.Count == 0))
            {
                notice = $"\"{q}\" has only common words (such as 'the', 'and', 'of') that are not searched, so everything matching the filters is shown. Add a word about the subject.";
                query = new MatchAllDocsQuery();
            }
            else
            {
                (query, expanded, expansions, matchTerms) = Expand(question, parsed, themesByMeaning ?? [], misspelled ?? []);
                query = WordPairsQuery.InPlaceOfPhrases(query);
                // Quotes, operators and fields ask for exactly those words: searching their meaning would not be.
                byMeaning = !OperatorOrField().IsMatch(question);
            }
        }
        return new SearchPlan(q, expanded, query, UnitsFilter(restrictions, query), page, pageSize, matchTerms, notice, expansions, facetLimit, byMeaning);
    }

    /// <summary>
    /// The restrictions, plus doc:unit only where the search could otherwise match a review document: leap-frogging
    /// every search against doc:unit's postings (every unit) took up to a third of a search at 500,000 units, and a
    /// query on the text, a theme or a kind cannot match a review document anyway.
    /// </summary>
    private Filter? UnitsFilter(BooleanQuery restrictions, Query query)
    {
        var unitsOnly = MatchesUnitsOnly(query) || restrictions.Clauses.Any(c => c.Occur == Occur.MUST && MatchesUnitsOnly(c.Query));
        if (!unitsOnly) restrictions.Add(IndexFields.Units(), Occur.MUST);
        return restrictions.Clauses.Count == 0 ? null : _filters.For(restrictions);
    }

    /// <summary>True when every document the query can match has a field review documents lack; false when unsure.</summary>
    private static bool MatchesUnitsOnly(Query query) => query switch
    {
        BooleanQuery b when b.Clauses.Any(c => c.Occur == Occur.MUST && MatchesUnitsOnly(c.Query)) => true,
        BooleanQuery b => b.Clauses.Any(c => c.Occur == Occur.SHOULD)
            && b.Clauses.Where(c => c.Occur != Occur.MUST_NOT).All(c => MatchesUnitsOnly(c.Query)),
        TermQuery t => !IndexFields.OnReviewDocuments.Contains(t.Term.Field),
        EverydayWordsQuery e => e.Words.All(t => !IndexFields.OnReviewDocuments.Contains(t.Field)) && e.OtherClauses.All(MatchesUnitsOnly),
        PhraseQuery p => p.GetTerms().Length > 0 && p.GetTerms().All(t => !IndexFields.OnReviewDocuments.Contains(t.Field)),
        WordPairsQuery => true,
        MultiPhraseQuery mp => mp.GetTermArrays().Count > 0 && mp.GetTermArrays().All(a => a.All(t => !IndexFields.OnReviewDocuments.Contains(t.Field))),
        MultiTermQuery m => !IndexFields.OnReviewDocuments.Contains(m.Field),
        ConstantScoreQuery { Query: { } inner } => MatchesUnitsOnly(inner),
        DisjunctionMaxQuery d => d.Disjuncts.Count > 0 && d.Disjuncts.All(MatchesUnitsOnly),
        _ => false,
    };

    /// <summary>
    /// Trainers and board chairs look for recommendations first, and an agency's long action text would
    /// otherwise outrank the short recommendation it answers; a constant lift (not a filter) puts a
    /// recommendation above actions that match about as well. Added as hits are collected (<see cref="HitsAndFacetsCollector"/>).
    /// </summary>
    public const float RecommendationLift = 4f;

    /// <summary>The user's words as a query (null for common words only), or what to fix when they cannot be read.</summary>
    public static Outcome<Query?, SearchRefusal> Parse(string q)
    {
        if (Regexp().IsMatch(q)) return RegexpRefused;
        Query? parsed;
        try
        {
            parsed = new UnitQueryParser().Parse(q);
        }
        // Lucene's parser reports what it cannot read by throwing; each is told to the user as what to change.
        catch (ParseException e) when (e.Message.Contains("regular expressions", StringComparison.Ordinal))
        {
            return new SearchRefusal("q", "Regular expressions are not supported", "A / in the search starts a regular expression, which is not supported. Leave out the / (or put a \\ before it), or use words, \"phrases\" or a wildcard such as superv*.");
        }
        catch (ParseException e)
        {
            return new SearchRefusal("q", "The search could not be understood", Explain(q, e));
        }
        catch (ArgumentException e)
        {
            return new SearchRefusal("q", "The search could not be understood", $"Part of the search could not be read ({e.Message}). Put a \\ before special characters you mean literally.");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return TooBroad;
        }
        return parsed is not null && WildcardProblem(parsed) is { } refusal ? refusal : parsed;
    }

    private static readonly SearchRefusal RegexpRefused = new("q", "Regular expressions are not supported", "Searching with /regular expressions/ is not supported; use words, \"phrases\" or a wildcard such as superv*.");

    /// <summary>A search whose wildcards or fuzzy words expand past Lucene's clause limit.</summary>
    public static readonly SearchRefusal TooBroad = new("q", "Search too broad", "The search expands to too many terms; use fewer wildcards or longer word stems before *.");

    private static string Explain(string q, ParseException e)
    {
        if (q.Count(c => c == '"') % 2 == 1) return "The search has an opening quote mark without a closing one. Close the phrase with \" or remove the quote.";
        if (q.Count(c => c == '(') != q.Count(c => c == ')')) return "The search has unbalanced brackets. Check that every ( has a matching ).";
        if (q.TrimStart().StartsWith('*') || q.TrimStart().StartsWith('?') || q.Contains(" *", StringComparison.Ordinal))
            return "A word cannot start with * or ?. Put at least three letters before the wildcard, as in superv*.";
        if (Regex.IsMatch(q, @"\b(AND|OR|NOT)\s*$")) return "The search ends with AND, OR or NOT; add the word that should follow it.";
        return $"The search could not be understood ({FirstLine(e.Message)}). Use words, \"phrases\", AND/OR/NOT and field:value; put a \\ before special characters such as : or ! that you mean literally.";
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');

    private static SearchRefusal? WildcardProblem(Query query)
    {
        switch (query)
        {
            case BooleanQuery b:
                return b.Clauses.Select(clause => WildcardProblem(clause.Query)).FirstOrDefault(p => p is not null);
            case WildcardQuery w when ShortPrefix(w.Term.Text):
            case PrefixQuery p when p.Prefix.Text.Length < 3:
                return new SearchRefusal("q", "Wildcard too short", "Put at least three letters before * or ? (as in superv*), so the search stays fast and specific.");
            case FuzzyQuery f when f.Term.Text.Length < 3:
                return new SearchRefusal("q", "Fuzzy search too short", "A fuzzy search (word~) needs a word of at least three letters.");
            case RegexpQuery:
                return RegexpRefused;
            default:
                return null;
        }

        static bool ShortPrefix(string text)
        {
            var first = text.IndexOfAny(['*', '?']);
            return first is >= 0 and < 3;
        }
    }

    /// <summary>How much a unit tagged with a theme the words name gains, against the words' own BM25 score.</summary>
    public const float ThemeExpansionBoost = 0.8f;

    /// <summary>
    /// How much a unit that says what the question says in the vocabulary's other words gains: one clause per thing
    /// the question says (the best of its phrases), so a question of slang is not outweighed by its own expansions.
    /// </summary>
    public const float VocabularyBoost = 0.5f;

    // Plain words also find the units of the themes they name: "DNA" finds "was not brought", "hidden men" finds
    // "male partners". The tagger matched the theme's synonyms and phrases (with its exclusions) when the unit was
    // indexed, so one term on the theme field stands for them all; OR'ing a dozen phrases over everyday words into
    // every search cost 20-45 ms at 500,000 units. The phrases are still highlighted and listed in the expansions.
    private (Query Query, string Expanded, IReadOnlyList<QueryExpansion> Expansions, MatchTerms Highlight) Expand(string q, Query parsed, IReadOnlyList<Theme> themesByMeaning, IReadOnlyList<(string Typed, string Suggested)> misspelled)
    {
        // Typed operators, quotes and fields mean the person says exactly what to match: no themes, no everyday words.
        if (OperatorOrField().IsMatch(q)) return (parsed, q, [], Terms(parsed));
        var expansions = new List<QueryExpansion>();
        var themeClauses = new List<Query>();
        var highlighted = new BooleanQuery { { parsed, Occur.SHOULD } };
        var shown = new List<string> { q };
        foreach (var match in themeMatcher.Match(q))
        {
            var (phrases, phraseQueries) = _themePhrases.GetOrAdd(match.Theme.Id, static (_, expansions) => ThemePhrases(expansions), match.Expansions);
            foreach (var phraseQuery in phraseQueries) highlighted.Add(phraseQuery, Occur.SHOULD);
            expansions.Add(new QueryExpansion(match.Theme.Id, match.Theme.Label, match.MatchedText, phrases, QueryExpansion.FromTheme));
            themeClauses.Add(new TermQuery(IndexFields.Theme.Term(match.Theme.Id)) { Boost = ThemeExpansionBoost });
            shown.Add($"theme:{match.Theme.Id}");
        }
        // A theme the question is about in other words: its clause, with the same weight, but no phrases to mark.
        foreach (var theme in themesByMeaning)
        {
            if (expansions.Any(e => e.ThemeId == theme.Id)) continue;
            expansions.Add(new QueryExpansion(theme.Id, theme.Label, q, [], QueryExpansion.FromMeaning));
            themeClauses.Add(new TermQuery(IndexFields.Theme.Term(theme.Id)) { Boost = ThemeExpansionBoost });
            shown.Add($"theme:{theme.Id}");
        }

        var typed = Terms(parsed).Terms;
        foreach (var match in vocabulary.Match(q))
        {
            var said = new DisjunctionMaxQuery(0f) { Boost = VocabularyBoost };
            var phrases = new List<string>();
            foreach (var phrase in match.AlsoSearched)
            {
                if (SafeParse("\"" + QueryParserBase.Escape(phrase) + "\"") is not { } phraseQuery) continue;
                // "supervisor" for "supervision" is one word to the stemmer already: searching it again would only
                // count the question's own words twice.
                if (Terms(phraseQuery) is { Terms.Count: > 0, Phrases.Count: 0 } words && words.Terms.All(typed.Contains)) continue;
                said.Add(phraseQuery);
                highlighted.Add(phraseQuery, Occur.SHOULD);
                phrases.Add(phrase);
            }
            if (phrases.Count == 0) continue;
            expansions.Add(new QueryExpansion(null, match.Group, match.MatchedText, phrases, QueryExpansion.FromVocabulary));
            themeClauses.Add(said);
            shown.AddRange(phrases.Select(p => "\"" + p + "\""));
        }

        // A word no unit contains, searched as the reviews spell it ("assesments": assessments), with the vocabulary's
        // weight: the typed word finds nothing, and a correction is a guess that should not outweigh the words typed.
        foreach (var (misspelledWord, suggested) in misspelled)
        {
            // The vocabulary's own spellings ("assesments") already search the right word.
            if (expansions.Any(e => e.Kind == QueryExpansion.FromVocabulary && e.Matched.Contains(misspelledWord, StringComparison.OrdinalIgnoreCase))) continue;
            if (SafeParse("\"" + QueryParserBase.Escape(suggested) + "\"") is not { } corrected) continue;
            corrected.Boost = VocabularyBoost;
            highlighted.Add(corrected, Occur.SHOULD);
            expansions.Add(new QueryExpansion(null, "spelling", misspelledWord, [suggested], QueryExpansion.FromVocabulary));
            themeClauses.Add(corrected);
            shown.Add(suggested);
        }

        Query query;
        if (EverydayWordsQuery.From(parsed) is { } everyday) query = everyday.AlsoFinding(themeClauses);
        else if (themeClauses.Count == 0) query = parsed;
        else
        {
            var combined = new BooleanQuery { { parsed, Occur.SHOULD } };
            foreach (var clause in themeClauses) combined.Add(clause, Occur.SHOULD);
            query = combined;
        }
        return (query, string.Join(" OR ", shown.Distinct(StringComparer.OrdinalIgnoreCase)), expansions, Terms(highlighted));
    }

    // A theme's phrases, parsed once: a word naming a theme used to parse its dozen phrases on every search.
    private readonly ConcurrentDictionary<string, (IReadOnlyList<string> Phrases, IReadOnlyList<Query> Queries)> _themePhrases = new(StringComparer.Ordinal);

    private static (IReadOnlyList<string> Phrases, IReadOnlyList<Query> Queries) ThemePhrases(IReadOnlyList<string> expansions)
    {
        var phrases = new List<string>();
        var queries = new List<Query>();
        foreach (var phrase in expansions.Distinct(StringComparer.OrdinalIgnoreCase).Take(12))
        {
            var phraseQuery = SafeParse("\"" + QueryParserBase.Escape(phrase) + "\"");
            if (phraseQuery is null) continue;
            queries.Add(phraseQuery);
            phrases.Add(phrase);
        }
        return (phrases, queries);
    }

    /// <summary>The words of a search as the person typed them ("children") whose indexed forms ("child") are among <paramref name="terms"/>.</summary>
    public static IReadOnlyList<string> AsTyped(string q, IReadOnlyList<Term> terms)
    {
        if (terms.Count == 0) return [];
        var wanted = terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        return q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => SafeParse(QueryParserBase.Escape(word)) is TermQuery t && wanted.Contains(t.Term.Text))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static Query? SafeParse(string text)
    {
        try { return new UnitQueryParser().Parse(text); }
        catch (ParseException) { return null; }
    }

    private Outcome<BooleanQuery, SearchRefusal> BuildRestrictions(SearchRequest request)
    {
        var must = new BooleanQuery();
        foreach (var theme in (request.Theme ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct())
        {
            if (taxonomy.Find(theme) is null)
                return new SearchRefusal("theme", "Unknown theme", $"There is no theme '{Shorten(theme)}'. GET /api/themes lists the theme ids, such as was-not-brought or supervision.");
            must.Add(IndexFields.Theme.Query(theme), Occur.MUST);
        }
        var reviews = (request.Review ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
        if (reviews.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var review in reviews)
            {
                if (!IdPattern().IsMatch(review))
                    return new SearchRefusal("review", "Invalid review id", $"'{Shorten(review)}' is not a review id; GET /api/reviews lists them (such as ads14).");
                any.Add(IndexFields.Review.Query(review), Occur.SHOULD);
            }
            must.Add(any, Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(request.Kind))
        {
            if (!UnitKinds.TryParse(request.Kind, out var kind))
                return new SearchRefusal("kind", "Unknown kind", $"kind must be recommendation, action or finding; it was '{Shorten(request.Kind)}'.");
            must.Add(IndexFields.Kind.Query(kind.Name()), Occur.MUST);
        }
        if ((TooLong(request.Agency, "agency") ?? TooLong(request.Status, "status")) is { } tooLong) return tooLong;
        if (!string.IsNullOrWhiteSpace(request.Agency))
            must.Add(IndexFields.Agency.Query(request.Agency.Trim()), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Status))
            must.Add(IndexFields.Status.Query(request.Status.Trim()), Occur.MUST);
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            foreach (var (name, value) in new[] { ("yearFrom", request.YearFrom), ("yearTo", request.YearTo) })
                if (value is < 1990 or > 2100) return new SearchRefusal(name, "Invalid year", $"{name} must be a year between 1990 and 2100; it was {value}.");
            if (request.YearFrom > request.YearTo)
                return new SearchRefusal("yearFrom", "Invalid year range", $"yearFrom ({request.YearFrom}) is after yearTo ({request.YearTo}); swap them.");
            must.Add(IndexFields.Year.Range(request.YearFrom, request.YearTo), Occur.MUST);
        }
        return must;
    }

    private static SearchRefusal? TooLong(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) || value.Length <= 200 ? null : new SearchRefusal(name, $"Invalid {name}", $"{name} is {value.Length} characters long; an {name} is at most 200.");

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    /// <summary>The analysed text terms and wildcard patterns of a query, for the highlighter.</summary>
    public static MatchTerms Terms(Query query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var wildcards = new List<Regex>();
        var phrases = new List<MatchPhrase>();
        Walk(query);
        return new MatchTerms(terms, wildcards, phrases);

        void Walk(Query q)
        {
            switch (q)
            {
                case BooleanQuery b:
                    foreach (var clause in b.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Walk(clause.Query);
                    break;
                case TermQuery t when t.Term.Field == IndexFields.Text.Name:
                    terms.Add(t.Term.Text);
                    break;
                case PhraseQuery p:
                    Phrase(p.GetTerms().Select(t => new[] { t }).ToList(), p.GetPositions(), p.Slop);
                    break;
                case MultiPhraseQuery mp:
                    Phrase(mp.GetTermArrays().ToList(), mp.GetPositions(), mp.Slop);
                    break;
                case WildcardQuery w when w.Field == IndexFields.Text.Name:
                    wildcards.Add(new Regex("^" + Regex.Escape(w.Term.Text).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromMilliseconds(50)));
                    break;
                case PrefixQuery pq when pq.Field == IndexFields.Text.Name:
                    wildcards.Add(new Regex("^" + Regex.Escape(pq.Prefix.Text), RegexOptions.None, TimeSpan.FromMilliseconds(50)));
                    break;
                case FuzzyQuery f when f.Field == IndexFields.Text.Name:
                    terms.Add(f.Term.Text);
                    break;
            }
        }

        // A phrase's words are marked only where the phrase stands; a "phrase" of one word is that word.
        void Phrase(IReadOnlyList<Term[]> words, int[] positions, int slop)
        {
            var text = words.Select((alternatives, i) => (Words: alternatives.Where(t => t.Field == IndexFields.Text.Name).Select(t => t.Text).ToHashSet(StringComparer.Ordinal), Position: positions[i]))
                .Where(w => w.Words.Count > 0).ToList();
            if (text.Count == 1)
                terms.UnionWith(text[0].Words);
            else if (text.Count > 1)
                phrases.Add(new MatchPhrase(text.Select(w => w.Position - text[0].Position).ToList(), text.Select(w => (IReadOnlySet<string>)w.Words).ToList(), slop));
        }
    }

    [GeneratedRegex(@"(^|\s)/[^/]+/")]
    private static partial Regex Regexp();

    /// <summary>True when the question uses quotes, operators or field:value: it says exactly what to match.</summary>
    public static bool IsExact(string question) => OperatorOrField().IsMatch(AsTheQuerySyntaxReadsIt(question));

    // People end questions with a question mark; to the query syntax a ? ending a word would be a wildcard letter. A dash
    // standing between spaces is punctuation ("professional curiosity - not taking what parents say at face value"); to
    // the query syntax it would exclude the word after it and make the question an exact search.
    private static string AsTheQuerySyntaxReadsIt(string question) =>
        DashBetweenSpaces().Replace(QuestionMarkEndingAWord().Replace(question, "$1"), " ");

    // Quotes, operators and fields mean the person is saying exactly what to match: no synonyms then. A hyphen joining
    // two words ("pre-birth", "multi-agency") is part of the words; only one starting a word excludes it.
    [GeneratedRegex(@"\b(AND|OR|NOT)\b|[\w]:|[""+!(){}\[\]^~*?\\]|(^|\s)-|&&|\|\|")]
    private static partial Regex OperatorOrField();

    [GeneratedRegex(@"(\w)\?+(?=\s|$)")]
    private static partial Regex QuestionMarkEndingAWord();

    [GeneratedRegex(@"(?<=^|\s)-+(?=\s|$)")]
    private static partial Regex DashBetweenSpaces();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.\-]{0,80}$")]
    private static partial Regex IdPattern();
}

/// <summary>A validated search: the query, the filter, the page, and what to highlight.</summary>
/// <param name="ByMeaning">Whether the words typed are a question in plain words, which may also be searched by its meaning.</param>
public sealed record SearchPlan(string Query, string ExpandedQuery, Query LuceneQuery, Filter? Filter, int Page, int PageSize, MatchTerms MatchTerms, string? Notice, IReadOnlyList<QueryExpansion> Expansions, int FacetLimit, bool ByMeaning = false);
