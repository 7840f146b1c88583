namespace LearningSearch.Meaning.Tests;

/// <summary>
/// A practitioner types fast: a word with a slip that no review uses ("disabilites") is read by search by meaning as the
/// real word nearest it, so the question's meaning is not lost to the typing; a word too far from any is left alone.
/// </summary>
public sealed class KnownWordsTests
{
    private static readonly KnownWords Words = KnownWords.FromModel();

    [Theory]
    [InlineData("disabilites", 2, "disabilities")]
    [InlineData("recieve", 1, "receive")]
    [InlineData("apointment", 1, "appointment")]
    public void AWordTypedWithASlip_ShouldBeNearTheRealWord(string typed, int edits, string meant) =>
        Assert.Equal(meant, Words.Nearest(typed, edits));

    [Fact]
    public void AWordFarFromEveryRealWord_ShouldHaveNoNearWord() =>
        Assert.Null(Words.Nearest("qxzvbnrt", 2));

    [Fact]
    public void TheNearestWord_ShouldKeepTheFirstLetter() =>
        Assert.NotEqual('b', Words.Nearest("dehaviour", 1)?[0] ?? 'x');
}
