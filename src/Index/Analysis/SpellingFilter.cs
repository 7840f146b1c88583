using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.Index.Analysis;

/// <summary>
/// Rewrites American spellings to British and irregular plurals to their singular before stemming, so
/// "organization", "pediatric" and "children" find "organisation", "paediatric" and "child".
/// </summary>
public sealed class SpellingFilter : TokenFilter
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["children"] = "child", ["childrens"] = "child", ["men"] = "man", ["women"] = "woman", ["babies"] = "baby",
        ["organization"] = "organisation", ["organizations"] = "organisation", ["organizational"] = "organisational",
        ["behavior"] = "behaviour", ["behaviors"] = "behaviour", ["behavioral"] = "behavioural",
        ["pediatric"] = "paediatric", ["pediatrics"] = "paediatric", ["pediatrician"] = "paediatrician",
        ["center"] = "centre", ["centers"] = "centre", ["program"] = "programme", ["programs"] = "programme",
        ["recognize"] = "recognise", ["recognized"] = "recognise", ["recognizing"] = "recognise",
        ["prioritize"] = "prioritise", ["prioritized"] = "prioritise", ["emphasize"] = "emphasise",
        ["summarize"] = "summarise", ["utilize"] = "utilise", ["utilized"] = "utilise", ["minimize"] = "minimise",
        ["analyze"] = "analyse", ["analyzed"] = "analyse", ["analyzing"] = "analyse",
        ["labor"] = "labour", ["neighbor"] = "neighbour", ["neighborhood"] = "neighbourhood",
        ["fetus"] = "foetus", ["fetal"] = "foetal", ["anemia"] = "anaemia", ["hospitalization"] = "hospitalisation",
        ["judgment"] = "judgement", ["counseling"] = "counselling", ["counselor"] = "counsellor",
        ["enroll"] = "enrol", ["fulfill"] = "fulfil", ["practice"] = "practise", ["defense"] = "defence",
        ["license"] = "licence", ["offense"] = "offence", ["caregiver"] = "carer", ["caregivers"] = "carer",
    };

    // Looked up by the token's characters, without making a string of every token analysed.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByCharacters = Map.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ICharTermAttribute _term;

    public SpellingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (ByCharacters.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var replacement))
            _term.SetEmpty().Append(replacement);
        return true;
    }
}
