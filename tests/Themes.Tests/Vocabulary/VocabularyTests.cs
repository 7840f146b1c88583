using LearningSearch.Themes.Vocabulary;

namespace LearningSearch.Themes.Tests.Vocabulary;

/// <summary>
/// A practitioner types a question in their own words; the vocabulary a training lead keeps says how reviews write
/// the same thing, and a mistake in the file is refused with the entry and the problem named.
/// </summary>
public class VocabularyTests
{
    private static readonly VocabularyMatcher Shipped = new(PractitionersVocabulary.LoadDefault());

    private static string[] AlsoSearched(string question) => Shipped.Match(question).SelectMany(m => m.AlsoSearched).ToArray();

    [Fact]
    public void TheShippedVocabulary_ShouldLoadWithHundredsOfEntriesInEveryGroup()
    {
        var vocabulary = PractitionersVocabulary.LoadDefault();

        Assert.True(vocabulary.Entries.Count >= 300, $"{vocabulary.Entries.Count} entries");
        foreach (var group in new[] { "abbreviation", "everyday", "word-forms", "concept", "spelling" })
            Assert.Contains(vocabulary.Entries, e => e.Group == group);
    }

    [Theory]
    [InlineData("CAMHS waiting lists", "child and adolescent mental health services")]
    [InlineData("camhs", "child and adolescent mental health services")]
    [InlineData("child and adolescent mental health services for looked after children", "CAMHS")]
    [InlineData("MASH referrals", "multi-agency safeguarding hub")]
    [InlineData("PPNs from the police", "public protection notice")]
    [InlineData("what the HV should do", "health visitor")]
    [InlineData("GCP2 for neglect", "graded care profile")]
    public void AnAbbreviation_ShouldFindItsWordsAndTheWordsTheAbbreviation(string question, string expected)
    {
        Assert.Contains(expected, AlsoSearched(question), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("mum's boyfriend living there", "male partner")]
    [InlineData("Mums boyfriends", "male partner")]
    [InlineData("kids who didn't turn up to the dentist", "was not brought")]
    [InlineData("baby died of cot death", "sudden unexpected death in infancy")]
    [InlineData("nobody talked to dad", "engaging fathers")]
    [InlineData("teachers not told", "designated safeguarding lead")]
    [InlineData("baby sleeping in the big bed with mum and dad", "co-sleeping")]
    [InlineData("house in a right state, no food in the cupboards", "home conditions")]
    [InlineData("case kept being passed between different workers", "change of social worker")]
    [InlineData("the computer systems don't talk to each other", "IT systems")]
    [InlineData("workers just believing what parents say", "over-optimism")]
    [InlineData("parents saying all the right things but nothing changes", "disguised compliance")]
    [InlineData("family keeps cancelling visits and won't let us in", "no access visits")]
    [InlineData("did anyone talk to the kids", "voice of the child")]
    public void EverydayWords_ShouldFindHowReviewsWriteThem(string question, string expected)
    {
        Assert.Contains(expected, AlsoSearched(question), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AOneWayEntry_ShouldNotWidenTheReviewsWords()
    {
        // "male partner" is what reviews write; searching for it must not bring back every "stepdad".
        Assert.DoesNotContain("stepdad", AlsoSearched("male partner"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void VerbsAndTheirNouns_ShouldFindEachOther()
    {
        Assert.Contains("referral", AlsoSearched("when to refer"), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("agreement", AlsoSearched("parents agree to the plan"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMisspelling_ShouldFindTheWordMeant()
    {
        Assert.Contains("safeguarding", AlsoSearched("safegaurding supervision"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnAbbreviationThatIsAlsoAWord_ShouldCountOnlyInCapitals()
    {
        Assert.DoesNotContain("emergency department", AlsoSearched("Ed said the plan was agreed"), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("emergency department", AlsoSearched("ED attendances"), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("radicalisation", AlsoSearched("how to prevent neglect"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void WordsTheQuestionAlreadySays_ShouldNotBeOfferedAgain()
    {
        var also = AlsoSearched("CAMHS and child and adolescent mental health services");

        Assert.DoesNotContain("CAMHS", also, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(also.Length, also.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("🙂🙂")]
    public void AQuestionWithNothingTheVocabularyKnows_ShouldMatchNothing(string question)
    {
        Assert.Empty(Shipped.Match(question));
    }

    [Theory]
    [InlineData("""{ "entries": [ { "group": "abbreviation", "same": ["CAMHS"] } ] }""", "entry 1 (CAMHS): \"same\" needs at least two phrases")]
    [InlineData("""{ "entries": [ { "group": "slang", "same": ["kids", "children"] } ] }""", "group 'slang' is not one of")]
    [InlineData("""{ "entries": [ { "group": "everyday", "ask": ["kids"] } ] }""", "needs \"same\" (two or more phrases), or both \"ask\" and \"find\"")]
    [InlineData("""{ "entries": [ { "group": "everyday", "ask": ["kids"], "fnid": ["children"] } ] }""", "unknown key 'fnid'")]
    [InlineData("""{ "entries": [ { "group": "everyday", "ask": ["kids"], "find": ["child*"] } ] }""", "'child*' is searched for, so it must be plain words")]
    [InlineData("""{ "entries": [ { "group": "everyday", "ask": ["weak:kids"], "find": ["children"] } ] }""", "weak:, re: and near: belong to the taxonomy")]
    [InlineData("""{ "entries": [ { "group": "everyday", "ask": ["kids", "Kids"], "find": ["children"] } ] }""", "'kids' is listed twice")]
    [InlineData("""{ "entries": [ ] """, "is not valid JSON")]
    public void AMistakeInTheFile_ShouldBeRefusedNamingTheEntryAndTheProblem(string json, string expected)
    {
        var refused = Assert.Throws<TaxonomyException>(() => PractitionersVocabulary.Parse(json, "vocabulary.json"));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("vocabulary.json", refused.Problems[0], StringComparison.Ordinal);
    }
}
